// `value!` of a call whose result may be undefined (a Record's or a Map's get, a function returning
// `T | undefined`, find, pop) is the call cast to the asserted type for type checkers, `cast("float",
// counts.get(key))`: it gives what Node gives, and the compiled module passes pyright.
interface Product {
  sku: string;
  price: number;
}

const catalog: Record<string, Product> = { b1: { sku: "b1", price: 9.5 }, f1: { sku: "f1", price: 2 } };

function cheapest(products: Product[]): Product | undefined {
  return products.reduce<Product | undefined>((best, p) => (best === undefined || p.price < best.price ? p : best), undefined);
}

interface Box<T> {
  value?: T;
  label: string;
}

function unbox<T>(box: Box<T>, fallback: T): T {
  if (box.value != null) return box.value;
  return fallback;
}

function firstOf<K extends string, V>(map: Map<K, V>, key: K): V {
  return map.get(key)!;
}

export function testAssertedReads(): unknown[] {
  const counts = new Map<string, number>([["a", 1]]);
  const total = counts.get("a")! + catalog["f1"]!.price;
  const stack = [1, 2, 3];
  const top = stack.pop()! * 10;
  const found = [..."hello"].find((ch) => ch > "h")!.toUpperCase();
  const best = cheapest(Object.values(catalog))!.sku.toUpperCase();
  const nested: { inner?: Map<string, { n: number }> } = { inner: new Map([["x", { n: 4 }]]) };
  return [total, top, found, best, nested.inner?.get("x")!.n, unbox({ value: 3, label: "x" }, 0), unbox<number>({ label: "y" }, 7), firstOf(counts, "a")];
}
