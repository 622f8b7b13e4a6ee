// `$` is an identifier character in TypeScript (`$el`, `price$`, `$where`, a helper called `$`).

class Query {
  $limit = 10;
  $where(field: string): string {
    return `${field} LIMIT ${this.$limit}`;
  }
  static $all(): string {
    return "*";
  }
}

const $ = (selector: string): string => `<${selector}>`;

function $$(a: number, b$: number): number {
  return a + b$;
}

export function testDollarNames(): unknown[] {
  const price$ = 3;
  let $count = 0;
  const bump = (): number => {
    $count += price$;
    return $count;
  };
  bump();
  const query = new Query();
  query.$limit = 5;
  const data = { $key: 1, plain$: 2 };
  return [query.$where("a"), Query.$all(), $("div"), $$(1, 2), price$, bump(), data.$key, data.plain$, Object.keys(data)];
}
