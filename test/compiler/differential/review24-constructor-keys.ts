// Review 24B F9: a Set or Map keyed by a constructor type (`new () => Shape`, a registry of classes)
// was refused as if a string or a plain object could meet it; only classes do, and Python's classes
// hash by identity as JavaScript compares them.
abstract class Shape {
  abstract area(): number;
}
class Square extends Shape {
  area(): number {
    return 4;
  }
}
class Circle extends Shape {
  area(): number {
    return 3;
  }
}
export function testRegistryOfClasses(): unknown[] {
  const kinds = new Set<new () => Shape>([Square, Circle, Square]);
  const names = new Map<new () => Shape, string>([
    [Square, "square"],
    [Circle, "circle"],
  ]);
  const made = [...kinds].map((Kind) => new Kind().area());
  return [kinds.size, kinds.has(Circle), names.get(Square) ?? "none", made];
}
