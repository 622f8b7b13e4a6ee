// Review 20: a program's own callable, BaseException, GeneratorExit, args or kwargs does not hide what the compiled code uses by that name.
const args = ["--verbose", "--dry-run", "input.txt"];
class Command {
  constructor(public name: string) {}
}
class RunCommand extends Command {
  verbose = args.includes("--verbose");
  files = args.filter((a) => !a.startsWith("--"));
}
export function testFieldInitializerReadsModuleArgs(): unknown[] {
  const c = new RunCommand("run");
  return [c.name, c.verbose, c.files];
}
