// A class member named by a computed key is named only when JavaScript runs the class; a Python
// class names its members when compiled (they became `__computed`, one replacing the other). A
// string literal in brackets (`["pause"]()`) is a name the compiler knows, and compiles.
const START = "start";
const STOP = "stop";
const KEY = "retries";
export class Player {
  [START](): string {
    return "starting";
  }
  [STOP](): string {
    return "stopping";
  }
  ["pause"](): string {
    return "pausing";
  }
}
export class Settings {
  [KEY] = 3;
  static [STOP] = "stop";
}
// `*[Symbol.iterator]()`, a generator method, compiles (iterable-classes); one that is no generator
// method, or a static one, does not.
export class Playlist implements Iterable<string> {
  private readonly names = ["a"];
  [Symbol.iterator](): Iterator<string> {
    return this.names.values();
  }
}
// A loop over such a class is not refused again (review S46B, F7): the member's refusal says what to write.
export function played(playlist: Playlist): string[] {
  const names: string[] = [];
  for (const name of playlist) {
    names.push(name);
  }
  return names;
}
export class Registry {
  static *[Symbol.iterator](): Generator<string> {
    yield "b";
  }
}
// A quoted name that is no identifier (`"my-method"()`) has no Python spelling (CS1001).
export class Widget {
  "my-method"(): string {
    return "called";
  }
  "retry count" = 3;
  "plain"(): string {
    return "p";
  }
}
