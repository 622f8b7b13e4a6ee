// A static field without an initializer reads as undefined until assigned: the singleton idiom with
// a type that admits undefined (`static instance?: Logger`), and a static block assigning a field.

class Logger {
  static instance?: Logger;
  static created: number | undefined;
  lines: string[] = [];

  static get(): Logger {
    if (!Logger.instance) {
      Logger.instance = new Logger();
      Logger.created = (Logger.created ?? 0) + 1;
    }
    return Logger.instance;
  }
}

class Config {
  static port?: number;
  static {
    Config.port = 8080;
  }
}

export function testSingletonAdmittingUndefined(): string[] {
  const out = [`${Logger.instance === undefined} ${String(Logger.instance)} ${Logger.created} ${`${Logger.created}`}`];
  Logger.get().lines.push("a");
  Logger.get().lines.push("b");
  out.push(`${Logger.get().lines.join(",")} ${Logger.instance !== undefined} ${Logger.created}`);
  out.push(`${Config.port} ${(Config.port ?? 0) + 1}`);
  return out;
}
