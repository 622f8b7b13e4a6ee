// Each member below would behave differently in Python, so each is refused with what to write instead.
const key = "dynamic";
class Point {
  constructor(readonly x: number) {}
}

export const computed = {
  [key]: 1,
  run() {
    return 1;
  },
};

export const reservedName = {
  _js_names: ["a"],
  run() {
    return 1;
  },
};

export const conversion = {
  toString() {
    return "custom";
  },
};

export const usesSuper = {
  greet() {
    return super.toString();
  },
};

export const usesArguments = {
  count(...values: number[]) {
    return arguments.length + values.length;
  },
};

export const nestedFunctionThis = {
  value: 1,
  later() {
    return function (this: { value: number }) {
      return this.value;
    };
  },
};

export const functionExpressionProperty = {
  value: 2,
  read: function (this: { value: number }) {
    return this.value;
  },
  run() {
    return 1;
  },
};

export function spreadOfClassInstance(): number {
  const copy = {
    ...new Point(1),
    run() {
      return 1;
    },
  };
  return copy.run();
}

export function spreadOfSetterOnly(): string {
  const sink = {
    last: "",
    set value(next: string) {
      this.last = next;
    },
  };
  return JSON.stringify({ ...sink });
}

export function parameterDefault(
  size: number,
  shape = {
    get area() {
      return size * size;
    },
  },
): number {
  return shape.area;
}
