// A callback's thisArg has no Python counterpart: refused for flatMap and Array.from as for map and
// filter (both passed it on to a runtime helper that raised TypeError for a third argument).
const scale = { by: 2 };

export function flatMapped(items: number[]): number[] {
  return items.flatMap((item) => [item, item], scale);
}

export function mapped(items: number[]): number[] {
  return Array.from(items, (item) => item + 1, scale);
}
