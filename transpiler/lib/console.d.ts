/**
 * `console` for code compiled to Python (ES2022's lib has none): log, info and debug print to
 * stdout, warn and error to stderr, each argument as Node's util.format shows it.
 * The compiler adds this file to projects whose `types` are empty; a project's own tsconfig can
 * list it in `files` so that `tsc` knows `console` too.
 */
interface Console {
  log(...data: unknown[]): void;
  info(...data: unknown[]): void;
  debug(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
}
declare var console: Console;
