// Review S57E: the instance, gone into a store typed by the library's types it fits (`Readonly<T>`,
// `Pick<T, K>`, `Record<K, V>`), read or printed through it by a callback the constructor calls
// while a field is not set yet. Node reads undefined; Python read None or raised. Each is refused.
const frozen: Readonly<Frozen>[] = [];
class Frozen {
  later: string | null;
  seen = "";
  constructor(read: () => string) {
    frozen.push(this);
    this.seen = read();
    this.later = "x";
  }
}
const picked: Pick<Picked, "title">[] = [];
class Picked {
  title: string | null;
  seen = "";
  constructor(read: () => string) {
    picked.push(this);
    this.seen = read();
    this.title = "x";
  }
}
const recorded: Record<"name", string | null>[] = [];
class Recorded {
  name: string | null;
  seen = "";
  constructor(read: () => string) {
    recorded.push(this);
    this.seen = read();
    this.name = "x";
  }
}
const printed: Readonly<Printed>[] = [];
class Printed {
  total: number | null;
  seen = "";
  constructor(read: () => string) {
    printed.push(this);
    this.seen = read();
    this.total = 1;
  }
}
export const made = [
  new Frozen(() => String(frozen[0]!.later)).seen,
  new Picked(() => String(picked[0]!.title)).seen,
  new Recorded(() => String(recorded[0]!.name)).seen,
  new Printed(() => JSON.stringify(printed)).seen,
];
