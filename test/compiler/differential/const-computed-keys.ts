// A `const` computed key beside a member that may be undefined: one of a for…of or for…in head, a
// destructuring, an import (review S45V, L2: refused by the first version of the check).
import { KEY } from "./review-s45v-library";
function maybe(n: number): number | undefined {
  return n > 1 ? n : undefined;
}
export function testForOfConst(): unknown {
  const out: string[] = [];
  for (const k of ["a", "b"]) {
    const o = { [k]: maybe(0), z: 1 };
    out.push(JSON.stringify(o));
  }
  return out;
}
export function testDestructuredConst(): unknown {
  const { k } = { k: "dk" };
  const [j] = ["jk"];
  return [JSON.stringify({ [k]: maybe(0), z: 1 }), JSON.stringify({ [j]: maybe(0), z: 2 })];
}
export function testImported(): unknown {
  return JSON.stringify({ [KEY]: maybe(0), z: 1 });
}
export function testForInConst(): unknown {
  const out: string[] = [];
  for (const k in { p: 1 }) out.push(JSON.stringify({ [k]: maybe(0), z: 1 }));
  return out;
}
export function testCatchParam(): unknown {
  try {
    throw new Error("ck");
  } catch (e) {
    const key = (e as Error).message;
    return JSON.stringify({ [key]: maybe(0), z: 1 });
  }
}
