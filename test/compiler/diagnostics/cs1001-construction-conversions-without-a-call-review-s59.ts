// What construction runs without a call, review S59: an object spread reading an object literal's
// getter, `Array.from` reading an array-like's `length` getter, and the conversions the language
// makes to a number or a key (`Number(meter)`, `+meter`, `[meter].map(Number)`, a computed key,
// the library's `slice(start)` of a value typed `any`), which run the value's toString. Each
// reaches a function the check cannot tell, once the instance has gone into a list: it may read
// the instance back before its field is set (Node reads undefined, Python read None). So may the
// instance's own toString, when code that may run converts it to a number (`+item`) or the
// construction sorts it (`registry.toSorted()`), and a destructuring assignment reading it, also
// nested in an array pattern (`({ assignLater: out } = item)`, `[{ nestedLater: out }] = list`).
// `sort(undefined)` sorts by the default order, as `sort()` does (review S59B). Each read below is
// refused.
const conversionReaders: (() => string)[] = [];

const spreadRegistry: SpreadRead[] = [];
const spreadSource = {
  get spreadCaption(): string {
    return conversionReaders[0]!();
  },
};
class SpreadRead {
  spreadLater: string | null;
  spreadSeen: { spreadCaption: string };
  constructor() {
    spreadRegistry.push(this);
    this.spreadSeen = { ...spreadSource };
    this.spreadLater = "x";
  }
}
conversionReaders.push(() => String(spreadRegistry[0]!.spreadLater));

class NumberText {
  // A private member: no other class of the program fits this type.
  private readonly numberTextMark = 1;
  toString(): string {
    return conversionReaders[1]!();
  }
}
const numberRegistry: NumberRead[] = [];
class NumberRead {
  numberLater: string | null;
  numberSeen: number;
  constructor(meter: NumberText) {
    numberRegistry.push(this);
    this.numberSeen = Number(meter);
    this.numberLater = "x";
  }
}
conversionReaders.push(() => String(numberRegistry[0]!.numberLater));

class PlusText {
  // A private member: no other class of the program fits this type.
  private readonly plusTextMark = 1;
  toString(): string {
    return conversionReaders[2]!();
  }
}
const plusRegistry: PlusRead[] = [];
class PlusRead {
  plusLater: string | null;
  plusSeen: number;
  constructor(meter: PlusText) {
    plusRegistry.push(this);
    this.plusSeen = +meter;
    this.plusLater = "x";
  }
}
conversionReaders.push(() => String(plusRegistry[0]!.plusLater));

class KeyText {
  // A private member: no other class of the program fits this type.
  private readonly keyTextMark = 1;
  toString(): string {
    return conversionReaders[3]!();
  }
}
const keyRegistry: KeyRead[] = [];
class KeyRead {
  keyLater: string | null;
  keySeen: Record<string, number>;
  constructor(key: any) {
    keyRegistry.push(this);
    this.keySeen = { [key]: 1 };
    this.keyLater = "x";
  }
}
conversionReaders.push(() => String(keyRegistry[0]!.keyLater));

class SliceStart {
  // A private member: no other class of the program fits this type.
  private readonly sliceStartMark = 1;
  toString(): string {
    return conversionReaders[4]!();
  }
}
const sliceRegistry: SliceRead[] = [];
class SliceRead {
  sliceLater: string | null;
  sliceSeen: string;
  constructor(start: any) {
    sliceRegistry.push(this);
    this.sliceSeen = "hello".slice(start);
    this.sliceLater = "x";
  }
}
conversionReaders.push(() => String(sliceRegistry[0]!.sliceLater));

class MappedNumberText {
  // A private member: no other class of the program fits this type.
  private readonly mappedNumberTextMark = 1;
  toString(): string {
    return conversionReaders[5]!();
  }
}
const mappedNumberRegistry: MappedNumberRead[] = [];
class MappedNumberRead {
  mappedNumberLater: string | null;
  mappedNumberSeen: number[];
  constructor(meter: MappedNumberText) {
    mappedNumberRegistry.push(this);
    this.mappedNumberSeen = [meter].map(Number);
    this.mappedNumberLater = "x";
  }
}
conversionReaders.push(() => String(mappedNumberRegistry[0]!.mappedNumberLater));

const arrayLikeRegistry: ArrayLikeRead[] = [];
const arrayLike = {
  get length(): number {
    conversionReaders[6]!();
    return 2;
  },
};
class ArrayLikeRead {
  arrayLikeLater: string | null;
  arrayLikeSeen: number;
  constructor() {
    arrayLikeRegistry.push(this);
    this.arrayLikeSeen = Array.from(arrayLike, (_, index) => index).length;
    this.arrayLikeLater = "x";
  }
}
conversionReaders.push(() => String(arrayLikeRegistry[0]!.arrayLikeLater));

const numberedRegistry: NumberedItem[] = [];
class NumberedSource {
  private readonly numberedSourceMark = 1;
  get numberedCaption(): string {
    conversionReaders[7]!();
    return "t";
  }
}
class NumberedItem {
  numberedFirst: string;
  numberedLater: string | null;
  constructor(source: NumberedSource) {
    numberedRegistry.push(this);
    this.numberedFirst = source.numberedCaption;
    this.numberedLater = "x";
  }
  toString(): string {
    return String(this.numberedLater);
  }
}
conversionReaders.push(() => String(+numberedRegistry[0]!));

const assignRegistry: AssignRead[] = [];
class AssignRead {
  assignFirst: string;
  assignLater: string | null;
  constructor() {
    assignRegistry.push(this);
    const registered = assignRegistry[0]!;
    let out: string | null = "x";
    ({ assignLater: out } = registered);
    this.assignFirst = String(out);
    this.assignLater = "x";
  }
}

class UndefinedSortText {
  private readonly undefinedSortMark = 1;
  toString(): string {
    return conversionReaders[8]!();
  }
}
const undefinedSortRegistry: UndefinedSortRead[] = [];
class UndefinedSortRead {
  undefinedSortLater: string | null;
  undefinedSortSeen: number;
  constructor(text: UndefinedSortText) {
    undefinedSortRegistry.push(this);
    this.undefinedSortSeen = [text, text].sort(undefined).length;
    this.undefinedSortLater = "x";
  }
}
conversionReaders.push(() => String(undefinedSortRegistry[0]!.undefinedSortLater));

const sortedRegistry: SortedItem[] = [];
const sortedSeen: string[] = [];
class SortedItem {
  sortedFirst: number;
  sortedLater: string | null;
  constructor() {
    sortedRegistry.push(this);
    this.sortedFirst = sortedRegistry.toSorted().length;
    this.sortedLater = "x";
  }
  toString(): string {
    sortedSeen.push(String(this.sortedLater));
    return "i";
  }
}

const nestedRegistry: [NestedRead] | [] = [];
class NestedRead {
  nestedFirst: string;
  nestedLater: string | null;
  constructor() {
    (nestedRegistry as NestedRead[]).push(this);
    let out: string | null = "x";
    [{ nestedLater: out }] = nestedRegistry as [NestedRead];
    this.nestedFirst = String(out);
    this.nestedLater = "x";
  }
}

export function build(): unknown[] {
  return [
    new SpreadRead(),
    new NumberRead(new NumberText()),
    new PlusRead(new PlusText()),
    new KeyRead(new KeyText()),
    new SliceRead(new SliceStart()),
    new MappedNumberRead(new MappedNumberText()),
    new ArrayLikeRead(),
    new NumberedItem(new NumberedSource()),
    new AssignRead(),
    new UndefinedSortRead(new UndefinedSortText()),
    new SortedItem(),
    new NestedRead(),
  ];
}
