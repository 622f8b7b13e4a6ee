// Accessors whose JavaScript meaning a Python property cannot give (review 18).
// A setter without a getter over a base class's getter: JavaScript's accessor then has no getter,
// so a read through the base's type gives undefined, typed number (Node NaN for `+ 1`, Python crashed).
class Base {
  stored = 1;
  get value(): number {
    return this.stored;
  }
}
export class AddsSetter extends Base {
  set value(next: number) {
    this.stored = next;
  }
}
// Over a get/set pair two classes up, too.
class Pair {
  stored = 1;
  get size(): number {
    return this.stored;
  }
  set size(next: number) {
    this.stored = next;
  }
}
class Middle extends Pair {}
export class SizeSetter extends Middle {
  set size(next: number) {
    this.stored = next * 2;
  }
}
// A getter of `message` in an Error subclass: Error's constructor gives the instance its own
// message when one is passed, which hides the getter (Python crashed writing through it).
export class FixedMessage extends Error {
  get message(): string {
    return "fixed";
  }
}
// Still compiled: a getter/setter pair over a base getter, a setter with its own getter, a getter of `name`.
export class Both extends Base {
  override get value(): number {
    return super.value * 10;
  }
  override set value(next: number) {
    this.stored = next;
  }
}
export class NamedError extends Error {
  override get name(): string {
    return "NamedError";
  }
}
// The same with static accessors: a static setter without a getter over a base's static getter.
// (A static getter without a setter compiles: a write through the base's type throws TypeError.)
class Config {
  static stored = 3;
  static get level(): number {
    return Config.stored;
  }
  static set level(value: number) {
    Config.stored = value;
  }
}
export class FixedLevel extends Config {
  static override get level(): number {
    return 30;
  }
}
export class WriteOnlyLevel extends Config {
  static override set level(value: number) {
    Config.stored = value * 2;
  }
}
