// A constructor that takes the rest of its parameter (`const { name, ...rest } = data`), registers
// the instance, then reads the rest: the rest is a fresh object made before, never the instance, so
// the construction check lets it be read (review S59E, p11d; it was refused as a value that may be
// the instance, its type `{ quantity: number }` fitting the class).
const registered: Stock[] = [];

interface StockData {
  name: string;
  quantity: number;
}

class Stock {
  readonly name: string;
  readonly quantity: number;
  readonly value: number;
  constructor(data: StockData) {
    const { name, ...rest } = data;
    registered.push(this);
    this.name = name;
    this.quantity = rest.quantity * 2;
    this.value = rest.quantity * 1.5;
  }
}

export function testRestReadAfterRegistering(): unknown {
  registered.length = 0;
  const first = new Stock({ name: "bolts", quantity: 3 });
  const second = new Stock({ name: "nuts", quantity: 10 });
  return [first.name, first.quantity, first.value, second.value, registered.length, registered.map((stock) => stock.name)];
}
