// A function given to a constructor that keeps it (a parameter property, a field) and calls it at once (review S54A, F11).
class Timer {
  first: string;
  constructor(private readonly cb: () => string) { this.first = this.cb(); }
}
class Clock {
  timer = new Timer(() => `z=${this.zone}`);
  zone: string | null = "utc";
}
export function testParamPropCalled(): string { return new Clock().timer.first; }

class Timer2 {
  cb: () => string;
  first: string;
  constructor(cb: () => string) { this.cb = cb; this.first = this.cb(); }
}
class Clock2 {
  timer = new Timer2(() => `z=${this.zone}`);
  zone: string | null = "utc";
}
export function testStoredThenCalled(): string { return new Clock2().timer.first; }
