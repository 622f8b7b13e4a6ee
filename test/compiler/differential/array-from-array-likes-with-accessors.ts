// Array.from of an array-like that is an object literal with accessors (review S59A, 54): its
// `length` getter runs once, and each index is read as the mapper goes, as JavaScript reads it.
// The compiled call once walked such an object's keys instead ([0] for a `length` getter).
export function testLengthGetterRunsOnce(): unknown {
  const calls: string[] = [];
  const shape = {
    get length(): number {
      calls.push("length");
      return 2;
    },
  };
  const made = Array.from(shape, (_, index) => index * 10);
  return [made, calls];
}

export function testLengthGetterWithoutMapper(): unknown {
  let reads = 0;
  const shape = {
    get length(): number {
      reads += 1;
      return 3;
    },
  };
  return [Array.from(shape).length, reads];
}

export function testIndicesReadAsTheMapperGoes(): unknown {
  const order: string[] = [];
  const shape = {
    length: 2,
    get 0(): string {
      order.push("read 0");
      return "a";
    },
    get 1(): string {
      order.push("read 1");
      return "b";
    },
  };
  const made = Array.from(shape, (value) => {
    order.push(`map ${value}`);
    return value.toUpperCase();
  });
  return [made, order];
}

export function testDataArrayLikeChangedByTheMapper(): unknown {
  const shape: { length: number; [index: number]: string } = { length: 3, 0: "a", 1: "b", 2: "c" };
  const made = Array.from(shape, (value, index) => {
    if (index === 0) {
      shape[2] = "changed";
    }
    return value;
  });
  return made;
}
