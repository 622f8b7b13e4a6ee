// console.log of an object given for a narrower type, or for a generic mapped type that lists no
// members: a member its object literal marked as undefined prints `undefined`, whatever the type the
// value is printed as says (review S60A, 2a, 2c: it printed `null`).
interface Named {
  name: string;
}

interface Profile extends Named {
  nick?: string;
}

interface Row {
  id: number;
  note?: string;
}

function makeProfile(name: string, input: { nick?: string }): Profile {
  return { name, nick: input.nick };
}

function logNamed(value: Named): void {
  console.log(value);
}

function logPatch<T extends { id: number }>(patch: Partial<Omit<T, "id">>): void {
  console.log(patch);
  console.log([patch], { patch });
}

function patched<T extends { id: number }>(row: T, patch: Partial<Omit<T, "id">>): T {
  return { ...row, ...patch };
}

export function main(): void {
  logNamed(makeProfile("ann", {}));
  logNamed(makeProfile("bob", { nick: "b" }));
  logPatch<Row>({ note: undefined });
  logPatch<Row>({ note: "kept" });
  const row: Row = { id: 1, note: "old" };
  console.log(JSON.stringify(patched(row, { note: undefined })), JSON.stringify(patched(row, {})));
}
