// `super(…)` inside an `if` or a `try` of a class that declares fields: JavaScript defines the fields
// when `super()` returns, wherever it is; they were set before the base constructor ran, so a field it
// set through an overridden method kept that value, where JavaScript resets it to undefined.
class Base {
  constructor(readonly start: number) {
    this.init();
  }
  init(): void {}
}
export class Sub extends Base {
  note?: string;
  constructor(flag: boolean) {
    if (flag) {
      super(1);
    } else {
      super(2);
    }
  }
  init(): void {
    this.note = "set in init";
  }
}
// Review 24A S4: a parameter property is a field too.
export class Counted extends Base {
  constructor(
    start: number,
    public count: number,
  ) {
    try {
      super(start);
    } finally {
      count += 1;
    }
  }
}
// Review 24A S9: beside a `super(…)` at the top, one in an early-returning `if` skipped the fields.
export class Early extends Base {
  tag = "t";
  constructor(flag: boolean) {
    if (flag) {
      super(1);
      return;
    }
    super(2);
  }
}
