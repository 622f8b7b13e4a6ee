/** The `console` methods the compiler prints with, and the stream each writes to: Node's. */
export const CONSOLE_STREAMS: Readonly<Record<string, "stdout" | "stderr">> = {
  log: "stdout",
  info: "stdout",
  debug: "stdout",
  warn: "stderr",
  error: "stderr",
};
