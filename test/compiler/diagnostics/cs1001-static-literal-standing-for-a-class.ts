// A static typed by a class holding an object literal of its shape, whose method reads a later static (review S54C, G6).
class Helper {
  run(): string {
    return "plain";
  }
}
class Cfg {
  static readonly helper: Helper = { run: () => "lit:" + Cfg.later };
  static a = Cfg.helper.run();
  static later: string | null = "x";
}
export function testA(): unknown {
  return [Cfg.a, Cfg.later];
}
