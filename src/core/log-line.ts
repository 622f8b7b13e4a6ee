/**
 * A log message as one safe line. Messages carry text from outside (favourite titles, topics,
 * device names, web paths); a newline in it would end the line and forge another in kodi.log, so
 * control characters are written as escapes and a message is at most MAX_LOG_MESSAGE characters.
 */

/** The longest message written (after escaping); the rest is cut and counted. */
export const MAX_LOG_MESSAGE = 1000;

const HEX = "0123456789abcdef";

function hexDigits(code: number, digits: number): string {
  let text = "";
  let rest = code;
  for (let index = 0; index < digits; index++) {
    text = HEX.charAt(rest % 16) + text;
    rest = Math.floor(rest / 16);
  }
  return text;
}

/**
 * Character → its escape: backslash first (so an escape in the text stays tellable from ours), the
 * C0 and C1 controls and DEL (newline, carriage return, escape sequences), the Unicode line and
 * paragraph separators, and the bidirectional overrides that reorder what a reader sees.
 */
function logEscapes(): Map<string, string> {
  const escapes: Map<string, string> = new Map([
    ["\\", "\\\\"],
    ["\n", "\\n"],
    ["\r", "\\r"],
    ["\t", "\\t"],
  ]);
  const codes: number[] = [];
  for (let code = 0; code < 32; code++) {
    codes.push(code);
  }
  for (let code = 127; code < 160; code++) {
    codes.push(code);
  }
  for (const code of codes) {
    const character = JSON.parse(`"\\u${hexDigits(code, 4)}"`) as string;
    if (!escapes.has(character)) {
      escapes.set(character, `\\x${hexDigits(code, 2)}`);
    }
  }
  for (const code of [0x2028, 0x2029, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
    escapes.set(JSON.parse(`"\\u${hexDigits(code, 4)}"`) as string, `\\u${hexDigits(code, 4)}`);
  }
  return escapes;
}

const LOG_ESCAPES: Map<string, string> = logEscapes();

/** `message` as one safe line: control characters escaped, at most MAX_LOG_MESSAGE characters. */
export function safeLogLine(message: string): string {
  let line = message;
  for (const [character, escape] of LOG_ESCAPES) {
    if (line.includes(character)) {
      line = line.replaceAll(character, escape);
    }
  }
  if (line.length > MAX_LOG_MESSAGE) {
    return `${line.slice(0, MAX_LOG_MESSAGE)}… (${line.length - MAX_LOG_MESSAGE} more characters)`;
  }
  return line;
}
