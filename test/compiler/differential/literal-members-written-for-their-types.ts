// An arrow written as an object literal's property, returning a literal for a class type: the literal
// is built as an object there, as in a method, an array of makers or a curried arrow (review S48B, F7:
// the property's name, typed as the arrow, was held to the arrow's own inferred result and refused).
class Plain {
  v = 1;
  twice(): number {
    return this.v * 2;
  }
}
interface Factory {
  make: () => Plain;
  name: string;
}
interface Factory2 {
  make(): Plain;
}
export function testLiteralMember(): unknown {
  const f: Factory = { make: () => ({ v: 3, twice: () => 6 }), name: "f" };
  return f.make().twice();
}
export function testLiteralMethod(): unknown {
  const f: Factory2 = {
    make() {
      return { v: 3, twice: () => 7 };
    },
  };
  return f.make().twice();
}
export function testArrayOfMakers(): unknown {
  const fs: (() => Plain)[] = [() => ({ v: 1, twice: () => 8 })];
  return fs[0]!().twice();
}
export function testCurried(): unknown {
  const mk: () => () => Plain = () => () => ({ v: 1, twice: () => 9 });
  return mk()().twice();
}
export function testTaking(): unknown {
  const use = (g: (make: () => Plain) => number) => g(() => new Plain());
  return use((make) => make().twice());
}
