// A static field without an initializer holds undefined until something assigns it; TypeScript
// checks the initialisation of instance fields only, so a type without undefined would be broken
// by every read before the first write (`C.count + 1` is NaN in JavaScript). Refused where the type
// denies undefined; `static instance?: Logger` and an initializer compile.
export class Logger {
  static instance: Logger;
  static count: number;
  static label: string | null;
  declare static shared: string[];
  lines: string[] = [];

  static get(): Logger {
    if (!Logger.instance) Logger.instance = new Logger();
    return Logger.instance;
  }
}

export class Fine {
  static instance?: Logger;
  static count: number | undefined;
  static label: string | null = null;
  static loose: unknown;
  static total = 0;
}
