// Members whose Python names are one name: the later would silently replace the earlier.
interface Settings {
  pollSeconds: number;
  poll_seconds: number;
}
export type Pair = { firstName: string; first_name: string };
export const literal = { retryCount: 1, retry_count: 2 };
export const withMethod = {
  itemCount: 1,
  item_count() {
    return 2;
  },
};
export class Counter {
  stepSize = 1;
  step_size = 2;
  private total = 0;
  _total = 1;
  static reset(): number {
    return 0;
  }
  reset(): number {
    return this.total + this._total;
  }
}
class Base {
  lastValue(): number {
    return 1;
  }
}
export class Derived extends Base {
  last_value = 2;
}
interface Left {
  keyName: string;
}
interface Right {
  key_name: string;
}
export interface Both extends Left, Right {
  other: number;
}
export function settings(value: Settings): number {
  return value.pollSeconds;
}
