// Review 22A: Number() of a class is NaN (its source text is no number), also of a class with its own
// toString, whose marker the class carries too (it raised TypeError since the last stop's ToPrimitive).
class Named {
  toString(): string {
    return "7";
  }
}
class Plain {}
export function testNumberOfClasses(): string[] {
  return [String(Number(Named)), String(Number(Plain)), String(Number(new Named())), String(+new Named())];
}
