// A spread copies the marks of the members its source's literal gave undefined (JSON.stringify leaves
// them out) only where the source's type may hold such a member. A generic type may, whatever members
// it lists: a mapped type over a type parameter lists none (`Partial<Omit<T, "id">>`, review S60A, 1)
// or only its constraint's (`Readonly<T>` of `T extends { a: string }`, review S61, m01), and a member
// typed by a type parameter may be undefined once instantiated (`v: T` of `Box<T>`, m02).
interface Box<T> {
  v: T;
  w: number;
}
interface Draft {
  id: number;
  heading: string;
  remark?: string;
}

function copyReadonly<T extends { a: string }>(x: Readonly<T>): Readonly<T> {
  return { ...x };
}

function copyMapped<T extends { a: string }>(x: { readonly [K in keyof T]: T[K] }): { c: number } {
  return { ...x, c: 1 };
}

function copyBox<T>(box: Box<T>): Box<T> {
  return { ...box };
}

function withoutId<T extends { id: number }>(changes: Partial<Omit<T, "id">>): Partial<Omit<T, "id">> & { edited: boolean } {
  return { ...changes, edited: true };
}

export function testReadonlyOfTypeParameter(): unknown {
  const source: { a: string; b?: string } = { a: "x", b: undefined };
  const copy = copyReadonly(source);
  return [JSON.stringify(copy), Object.keys(copy)];
}

export function testMappedOverTypeParameterKeys(): unknown {
  const source: { a: string; b?: string } = { a: "x", b: undefined };
  const copy = copyMapped(source);
  return [JSON.stringify(copy), Object.keys(copy)];
}

export function testNullIsKept(): unknown {
  const source: { a: string; b: string | null } = { a: "x", b: null };
  return JSON.stringify(copyMapped(source));
}

export function testMemberOfTypeParameter(): unknown {
  const box: Box<string | undefined> = { v: undefined, w: 1 };
  const copy = copyBox(box);
  return [JSON.stringify(copy), "v" in copy];
}

export function testMemberOfTypeParameterHoldingText(): unknown {
  return JSON.stringify(copyBox<string | undefined>({ v: "kept", w: 2 }));
}

export function testPartialOmit(): unknown {
  const changes: Partial<Omit<Draft, "id">> = { heading: "new", remark: undefined };
  return JSON.stringify(withoutId<Draft>(changes));
}
