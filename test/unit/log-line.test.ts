import { MAX_LOG_MESSAGE, safeLogLine } from "../../src/core/log-line";

describe("a log message as one safe line", () => {
  test("plain text is kept as it is", () => {
    expect(safeLogLine("dropped a message on cloudsync/v1/home/movie/imdb:tt0133093/watched: too old")).toBe(
      "dropped a message on cloudsync/v1/home/movie/imdb:tt0133093/watched: too old",
    );
    expect(safeLogLine("Amélie — 天気の子")).toBe("Amélie — 天気の子");
  });

  test("a newline in a favourite title cannot start a forged kodi.log line", () => {
    const title = "Film\n2026-11-30 21:00:00.000 T:1 info <general>: [service.cloudsync] connected to the broker";
    const line = safeLogLine(`favourite added: ${title}`);
    expect(line).not.toContain("\n");
    expect(line).toBe("favourite added: Film\\n2026-11-30 21:00:00.000 T:1 info <general>: [service.cloudsync] connected to the broker");
  });

  test("carriage returns, tabs, escape sequences, DEL and C1 controls are written as escapes", () => {
    expect(safeLogLine("a\rb\tc\u001b[31md\u007fe\u0085f\u0000g")).toBe("a\\rb\\tc\\x1b[31md\\x7fe\\x85f\\x00g");
  });

  test("Unicode line separators and bidirectional overrides are escaped", () => {
    expect(safeLogLine("a\u2028b\u2029c\u202ed\u2066e")).toBe("a\\u2028b\\u2029c\\u202ed\\u2066e");
  });

  test("a backslash is doubled, so text that looks like an escape is told from one", () => {
    expect(safeLogLine("C:\\path\\n")).toBe("C:\\\\path\\\\n");
    expect(safeLogLine("x\ny")).not.toBe(safeLogLine("x\\ny"));
  });

  test("a long message is cut at MAX_LOG_MESSAGE characters and says how much was left out", () => {
    const topic = "t/".repeat(5000);
    const line = safeLogLine(topic);
    expect(line).toBe(`${topic.slice(0, MAX_LOG_MESSAGE)}… (${topic.length - MAX_LOG_MESSAGE} more characters)`);
    expect(safeLogLine("x".repeat(MAX_LOG_MESSAGE))).toBe("x".repeat(MAX_LOG_MESSAGE));
  });

  test("the cap counts the escapes: a message of newlines cannot grow past it", () => {
    const line = safeLogLine("\n".repeat(MAX_LOG_MESSAGE));
    expect(line.startsWith("\\n".repeat(MAX_LOG_MESSAGE / 2) + "…")).toBe(true);
  });
});
