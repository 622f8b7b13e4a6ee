// Error.prototype.name and toString: a subclass inherits its base's name unless it sets one (a field, an
// assignment in the constructor, a getter); String(error) is "name: message", or whichever is not empty.
class Plain extends Error {}
class PlainRange extends RangeError {}
class Assigned extends Error {
  constructor(message: string) {
    super(message);
    this.name = "Assigned";
  }
}
class FieldNamed extends Error {
  override name = "FieldNamed";
}
class GetterNamed extends TypeError {
  override get name(): string {
    return "Got" + "Named";
  }
}
class EmptyName extends Error {
  override name = "";
}
class ChildOfAssigned extends Assigned {}

export function testNamesOfBuiltIns(): string[] {
  return [new Error("a").name, new TypeError("b").name, new RangeError("c").name, new SyntaxError("d").name];
}
export function testSubclassInheritsName(): string[] {
  return [new Plain("x").name, new PlainRange("y").name, String(new Plain("x")), `${new PlainRange("y")}`];
}
export function testNameAssignedInConstructor(): string[] {
  const error = new Assigned("boom");
  return [error.name, String(error), new ChildOfAssigned("again").name, String(new ChildOfAssigned(""))];
}
export function testNameAsField(): string[] {
  return [new FieldNamed("f").name, String(new FieldNamed("f")), String(new FieldNamed(""))];
}
export function testNameFromGetter(): string[] {
  return [new GetterNamed("g").name, String(new GetterNamed("g"))];
}
export function testEmptyNameLeavesMessage(): string[] {
  return [String(new EmptyName("only the message")), String(new EmptyName(""))];
}
export function testEmptyMessageLeavesName(): string[] {
  return [String(new Error()), String(new Error("")), String(new Plain()), String(new RangeError())];
}
export function testNameChangedLater(): string[] {
  const error = new Error("late");
  const before = String(error);
  error.name = "Renamed";
  return [before, String(error), error.name];
}
export function testCaughtJsonErrorName(): string[] {
  try {
    JSON.parse("{");
    return ["parsed"];
  } catch (error) {
    return error instanceof Error ? [error.name, String(error instanceof SyntaxError)] : ["not an error"];
  }
}
export function testCaughtRangeErrorName(): string[] {
  try {
    "x".repeat(-1);
    return ["repeated"];
  } catch (error) {
    return error instanceof Error ? [error.name, String(error).slice(0, 11)] : ["not an error"];
  }
}
export function testThrownSubclassName(): string {
  try {
    throw new Assigned("thrown");
  } catch (error) {
    return error instanceof Error ? `${error.name}/${error.message}` : "?";
  }
}
export function testNameInTemplate(): string {
  const errors: Error[] = [new Error("one"), new Plain("two"), new Assigned("three"), new FieldNamed("four")];
  return errors.map((error) => `${error.name}|${error}`).join(";");
}
