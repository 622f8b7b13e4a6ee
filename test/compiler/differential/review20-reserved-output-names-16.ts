// Review 20: a program's own callable, BaseException, GeneratorExit, args or kwargs does not hide what the compiled code uses by that name.
class Base {
  constructor(public id: string) {}
}
function makeCommand(args: string[]) {
  class Cmd extends Base {
    count = args.length;
    first = args[0] ?? "none";
  }
  return new Cmd("cmd");
}
export function testFactoryArgsParam(): unknown[] {
  const c = makeCommand(["x", "y", "z"]);
  return [c.id, c.count, c.first];
}
