// Review 21: the text of JavaScript's own iterators (an array's keys(), values(), entries(), matchAll's)
// comes from the runtime where the type does not say which (IterableIterator<T>, object, inside an array).
function viaArray(): IterableIterator<number> {
  return [1, 2].values();
}
function* viaGen(): IterableIterator<number> {
  yield 1;
}
function viaGen2(): IterableIterator<number> {
  return viaGen();
}
function pick(f: boolean): IterableIterator<number> {
  return f ? [1].values() : viaGen();
}
export function testIterLabelArray(): string {
  return String(viaArray());
}
export function testIterLabelGen(): string {
  return String(viaGen());
}
export function testIterLabelGen2(): string {
  return `${viaGen2()}`;
}
export function testIterLabelPick(): string[] {
  return [String(pick(true)), String(pick(false))];
}
export function testIterLabelMatchAllTyped(): string {
  const it: IterableIterator<RegExpMatchArray> = "ab".matchAll(/a/g);
  return String(it);
}
export function testIterLabelEntries(): string {
  return String(["a"].entries()) + String(["a"].keys());
}
export function testIterLabelGenFnExpr(): string {
  const g = function* (): Generator<string> {
    yield "x";
  };
  return "" + g();
}
export function testIterLabelGenMethod(): string {
  class C {
    *items(): Generator<number> {
      yield 1;
    }
  }
  return String(new C().items());
}
export function testIterObjectKeys(): string[] {
  return Object.keys(viaGen()).concat(Object.keys([1].values()));
}
export function testIterInArray(): string {
  const xs = [[1].values(), [2].keys()];
  return String(xs) + "|" + xs.join(";");
}
export function testIterInTemplateArr(): string {
  const xs = ["ab".matchAll(/a/g)];
  return `${xs}`;
}
export function testIterUnknown(): string {
  const v: object = [1].values();
  return String(v);
}
