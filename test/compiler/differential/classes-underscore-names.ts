// Names starting with two underscores: Python rewrites them inside a class body (`self.__cache` is
// `self._Meta__cache`), JavaScript does not.
const __registry: string[] = [];
function __note(s: string): void {
  __registry.push(s);
}
class Meta {
  __cache: number[] = [1];
  static __version = 2;
  private __hidden = 3;
  private _count = 4;
  #own = 5;
  size(): number {
    __note("size");
    return this.__cache.length + Meta.__version + this.__hidden + this._count + this.#own;
  }
  __helper(): number {
    return this.__cache.length * 10;
  }
  static __make(): Meta {
    return new Meta();
  }
}
class Sub extends Meta {
  override size(): number {
    return super.size() + this.__cache.length;
  }
}
interface Data {
  __x: number;
  fooBar: number;
}

export function testMemberNames(): (string | number)[] {
  const m = Meta.__make();
  m.__cache.push(2);
  return [m.size(), m.__cache.length, Meta.__version, m.__helper(), new Sub().size(), __registry.join(",")];
}

export function testObjectKeys(): string[] {
  const data: Data = { __x: 1, fooBar: 2 };
  const withMethod = {
    __y: 3,
    twice(): number {
      return this.__y * 2;
    },
  };
  const privateLooking = {
    get __size(): number {
      return withMethod.__y + 1;
    },
  };
  const __local = data.__x + withMethod.__y + privateLooking.__size;
  return [
    JSON.stringify(data),
    Object.keys(data).join(","),
    String(withMethod.twice()),
    JSON.stringify(withMethod),
    String(__local),
    JSON.stringify(privateLooking),
  ];
}
