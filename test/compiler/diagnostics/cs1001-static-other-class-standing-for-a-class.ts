// A static typed by a class holding another class of its shape, whose method reads a later static (review S54C, G12).
class Helper {
  run(): string {
    return "plain";
  }
}
class Cfg {
  run(): string {
    return "cfg:" + Cfg.later;
  }
  static readonly helper: Helper = new Cfg();
  static a = Cfg.helper.run();
  static later: string | null = "x";
}
export function testA(): unknown {
  return [Cfg.a, Cfg.later];
}
