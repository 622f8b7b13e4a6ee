/**
 * A JavaScript regular expression translated into a Python `re` pattern that matches exactly the
 * same strings at the same places, or the reason it cannot be.
 *
 * How exactness is kept:
 * - Every single-character atom (a literal under `i`, `.`, a class, `\d`, `\w`, `\s`, `\p{…}`, any
 *   escape) is asked of Node itself: the compiler tests each code unit (each code point with `u`)
 *   against the atom with the pattern's flags and writes the set it matched as an explicit Python
 *   class. Python's own `\d`, `\w`, `\s`, `.` and IGNORECASE (which differ from JavaScript's for
 *   Unicode text) are never emitted, so Python's version and Unicode tables do not matter.
 * - Without `u` JavaScript matches UTF-16 code units: the runtime matches on the text's code units
 *   (an emoji as its two surrogates), so `.`, lengths and indices agree. With `u` it matches code
 *   points and the runtime converts indices back to UTF-16 units.
 * - Anchors are written so they mean JavaScript's: `$` is `\Z` (Python's `$` also matches before a
 *   final newline), `^`/`$` under `m` know JavaScript's four line terminators, `\b` uses the word
 *   set of the flags.
 * - A backreference to a group that did not take part matches empty in JavaScript and fails in
 *   Python: it becomes `(?(n)\n|)`.
 * Constructs whose JavaScript meaning Python cannot reproduce are refused (see `refusal` calls).
 */

export interface TranslatedPattern {
  /** The Python `re` pattern. */
  python: string;
  /** Capturing groups, in order: their names (undefined when unnamed). */
  groups: (string | undefined)[];
  /** Some group may take no part in a match (its value is then undefined). */
  optionalGroups: boolean;
  /** `RegExp.prototype.source` and `.flags` as Node gives them. */
  source: string;
  flags: string;
}

export type Translation = { pattern: TranslatedPattern } | { refused: string };

const SUPPORTED_FLAGS = "gimsu";
const LINE_TERMINATORS = "[^\\n\\r\\u2028\\u2029]";

/** The result of a translated piece: its Python text, its length bounds in characters, and whether it holds a capture. */
interface Piece {
  python: string;
  min: number;
  max: number;
  captures: boolean;
  /** How many capturing groups always take part when the piece matches. */
  mandatory: number;
  /** An assertion (`^`, `\b`, a lookaround): JavaScript forbids or Annex B allows odd quantifiers on them. */
  assertion: boolean;
  /** The piece may be followed by a quantifier without brackets (one atom). */
  atom: boolean;
}

class Refused extends Error {}

function refuse(reason: string): never {
  throw new Refused(reason);
}

const characterSetCache = new Map<string, number[]>();

/** The code units (or, with `u`, code points) the single-character atom `atomSource` matches under `flags`, as sorted [low, high] pairs. */
function characterSet(atomSource: string, flags: string): number[] {
  const unicode = flags.includes("u");
  const key = `${flags}/${atomSource}`;
  const cached = characterSetCache.get(key);
  if (cached !== undefined) {
    return cached;
  }
  const tester = new RegExp(`^(?:${atomSource})$`, flags.replace(/[gy]/g, ""));
  const ranges: number[] = [];
  const last = unicode ? 0x10ffff : 0xffff;
  let start = -1;
  for (let code = 0; code <= last + 1; code++) {
    const matches = code <= last && tester.test(unicode ? String.fromCodePoint(code) : String.fromCharCode(code));
    if (matches && start < 0) {
      start = code;
    } else if (!matches && start >= 0) {
      ranges.push(start, code - 1);
      start = -1;
    }
  }
  characterSetCache.set(key, ranges);
  return ranges;
}

function pythonCharacter(code: number, inClass: boolean): string {
  const character = String.fromCodePoint(code);
  if (/^[A-Za-z0-9_]$/.test(character)) {
    return character;
  }
  if (code > 0x20 && code < 0x7f) {
    // ASCII punctuation: itself where re gives it no meaning, else escaped (a backslash before punctuation is always literal in re).
    return inClass || ".^$*+?{}[]\\|()#".includes(character) ? `\\${character}` : character;
  }
  if (code < 0x100) {
    return `\\x${code.toString(16).padStart(2, "0")}`;
  }
  if (code < 0x10000) {
    return `\\u${code.toString(16).padStart(4, "0")}`;
  }
  return `\\U${code.toString(16).padStart(8, "0")}`;
}

function classBody(ranges: number[]): string {
  let body = "";
  for (let index = 0; index < ranges.length; index += 2) {
    const [low, high] = [ranges[index], ranges[index + 1]];
    body += low === high ? pythonCharacter(low, true) : `${pythonCharacter(low, true)}-${pythonCharacter(high, true)}`;
  }
  return body;
}

/** A Python class for the set, written as the set or as the complement of the rest, whichever is shorter. */
export function pythonClass(ranges: number[], last: number): string {
  if (ranges.length === 0) {
    return "(?!)";
  }
  if (ranges.length === 2 && ranges[0] === ranges[1]) {
    return pythonCharacter(ranges[0], false);
  }
  const complement: number[] = [];
  let next = 0;
  for (let index = 0; index < ranges.length; index += 2) {
    if (ranges[index] > next) {
      complement.push(next, ranges[index] - 1);
    }
    next = ranges[index + 1] + 1;
  }
  if (next <= last) {
    complement.push(next, last);
  }
  if (complement.length === 0) {
    return last === 0xffff ? "[\\x00-\\uffff]" : "[\\x00-\\U0010ffff]";
  }
  return complement.length < ranges.length ? `[^${classBody(complement)}]` : `[${classBody(ranges)}]`;
}

class Translator {
  private position = 0;
  private readonly unicode: boolean;
  private readonly ignoreCase: boolean;
  private readonly multiline: boolean;
  private readonly last: number;
  readonly groups: (string | undefined)[] = [];
  private readonly closedGroups = new Set<number>();
  /** The shortest text each closed group takes, for a group that takes part in every match (groupsAlwaysTaken). */
  private readonly shortestCapture = new Map<number, number>();
  private readonly alwaysTaken: Set<number>;
  private readonly totalGroups: number;
  private readonly hasNamedGroups: boolean;
  /** How many repeated groups and lookbehinds enclose the current position. */
  private repeatDepth = 0;
  private lookbehindDepth = 0;
  /** How many negative lookaheads and lookbehinds enclose the current position. */
  private negativeLookaroundDepth = 0;
  /** The pattern holds `\B` or a negative lookaround, which can succeed between the halves of a surrogate pair. */
  assertsBetweenHalves = false;

  constructor(
    private readonly source: string,
    private readonly flags: string,
  ) {
    this.unicode = flags.includes("u");
    this.ignoreCase = flags.includes("i");
    this.multiline = flags.includes("m");
    this.last = this.unicode ? 0x10ffff : 0xffff;
    this.alwaysTaken = groupsAlwaysTaken(source);
    const counted = countGroups(source);
    this.totalGroups = counted.total;
    this.hasNamedGroups = counted.named;
  }

  translate(): Piece {
    const result = this.disjunction();
    if (this.position < this.source.length) {
      refuse(`an unexpected \`${this.source[this.position]}\``);
    }
    return result;
  }

  private peek(offset = 0): string {
    return this.source[this.position + offset] ?? "";
  }

  private disjunction(): Piece {
    const alternatives = [this.alternative()];
    while (this.peek() === "|") {
      this.position++;
      alternatives.push(this.alternative());
    }
    return {
      python: alternatives.map((piece) => piece.python).join("|"),
      min: Math.min(...alternatives.map((piece) => piece.min)),
      max: Math.max(...alternatives.map((piece) => piece.max)),
      captures: alternatives.some((piece) => piece.captures),
      mandatory: alternatives.length === 1 ? alternatives[0].mandatory : 0,
      assertion: false,
      atom: alternatives.length === 1 && alternatives[0].atom,
    };
  }

  private alternative(): Piece {
    const terms: Piece[] = [];
    while (this.position < this.source.length && this.peek() !== "|" && this.peek() !== ")") {
      terms.push(this.term());
    }
    return {
      python: terms.map((piece) => piece.python).join(""),
      min: terms.reduce((sum, piece) => sum + piece.min, 0),
      max: terms.reduce((sum, piece) => sum + piece.max, 0),
      captures: terms.some((piece) => piece.captures),
      mandatory: terms.reduce((sum, piece) => sum + piece.mandatory, 0),
      assertion: false,
      atom: terms.length === 1 && terms[0].atom,
    };
  }

  private term(): Piece {
    const quantifiedGroup = this.peek() === "(" && this.groupIsQuantified(this.position);
    const atom = this.peek() === "(" ? this.group(quantifiedGroup) : this.atom();
    const quantifier = this.quantifier();
    if (quantifier === undefined) {
      return atom;
    }
    if (atom.assertion) {
      refuse("a quantifier on an assertion (Annex B allows `(?=a)*`; Python does not)");
    }
    if (atom.min === 0) {
      // JavaScript fails an iteration that matches empty and backtracks into it; Python ends the loop there.
      refuse("a quantifier on something that can match the empty string (JavaScript and Python treat empty iterations differently)");
    }
    return {
      python: (atom.atom ? atom.python : `(?:${atom.python})`) + quantifier.python,
      min: atom.min * quantifier.min,
      max: quantifier.max === Infinity ? Infinity : atom.max * quantifier.max,
      captures: atom.captures,
      mandatory: quantifier.min === 0 ? 0 : atom.mandatory,
      assertion: false,
      atom: false,
    };
  }

  /** Whether the group opening at `start` is followed by a quantifier that may run it more than once. */
  private groupIsQuantified(start: number): boolean {
    let depth = 0;
    let index = start;
    while (index < this.source.length) {
      const character = this.source[index];
      if (character === "\\") {
        index += 2;
        continue;
      }
      if (character === "[") {
        index = classEnd(this.source, index) + 1;
        continue;
      }
      if (character === "(") {
        depth++;
      } else if (character === ")") {
        depth--;
        if (depth === 0) {
          // `?` or `{0,1}` runs the group at most once: no second iteration to forget its groups in.
          const quantifier = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})/.exec(this.source.slice(index + 1));
          if (quantifier === null) {
            return false;
          }
          const [, symbol, low, comma, high] = quantifier;
          const most = symbol !== undefined ? (symbol === "?" ? 1 : Infinity) : comma === undefined ? Number(low) : high === "" ? Infinity : Number(high);
          return most > 1;
        }
      }
      index++;
    }
    return false;
  }

  private quantifier(): { python: string; min: number; max: number } | undefined {
    const rest = this.source.slice(this.position);
    const match = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})(\??)/.exec(rest);
    if (match === null) {
      return undefined;
    }
    this.position += match[0].length;
    let min: number;
    let max: number;
    if (match[1] !== undefined) {
      [min, max] = match[1] === "*" ? [0, Infinity] : match[1] === "+" ? [1, Infinity] : [0, 1];
    } else {
      min = Number(match[2]);
      max = match[3] === undefined ? min : match[4] === "" ? Infinity : Number(match[4]);
      if (min > 65535 || (max !== Infinity && max > 65535)) {
        refuse("a repetition count above 65535 (Python's limit depends on the build)");
      }
    }
    const lazy = match[5];
    const python =
      match[1] !== undefined ? match[1] + lazy : max === Infinity ? `{${min},}${lazy}` : min === max ? `{${min}}${lazy}` : `{${min},${max}}${lazy}`;
    return { python, min, max };
  }

  private atomPiece(python: string, min: number, max: number, extra: Partial<Piece> = {}): Piece {
    return { python, min, max, captures: false, mandatory: 0, assertion: false, atom: true, ...extra };
  }

  private set(atomSource: string): Piece {
    return this.atomPiece(pythonClass(characterSet(atomSource, this.flags), this.last), 1, 1);
  }

  private atom(): Piece {
    const character = this.peek();
    switch (character) {
      case "^":
        this.position++;
        return this.atomPiece(this.multiline ? `(?<!${LINE_TERMINATORS})` : "\\A", 0, 0, { assertion: true });
      case "$":
        this.position++;
        return this.atomPiece(this.multiline ? `(?!${LINE_TERMINATORS})` : "\\Z", 0, 0, { assertion: true });
      case "[": {
        const end = classEnd(this.source, this.position);
        if (end < 0) {
          refuse("an unterminated character class");
        }
        const classSource = this.source.slice(this.position, end + 1);
        this.position = end + 1;
        return this.set(classSource);
      }
      case ".":
        this.position++;
        return this.set(".");
      case "\\":
        return this.escape();
      case "*":
      case "+":
      case "?":
        return refuse(`a quantifier \`${character}\` with nothing to repeat`);
      default:
        return this.literal();
    }
  }

  private literal(): Piece {
    const code = this.unicode ? (this.source.codePointAt(this.position) ?? 0) : this.source.charCodeAt(this.position);
    const text = String.fromCodePoint(code);
    this.position += code > 0xffff ? 2 : 1;
    if (this.ignoreCase) {
      return this.set(escapeForRegExp(text));
    }
    return this.atomPiece(pythonCharacter(code, false), 1, 1);
  }

  private group(quantified: boolean): Piece {
    const rest = this.source.slice(this.position);
    const lookaround = /^\(\?(<?[=!])/.exec(rest);
    const named = /^\(\?<([^>=!]*)>/.exec(rest);
    let open: string;
    let capture: number | undefined;
    let lookbehind = false;
    if (lookaround !== null) {
      open = `(?${lookaround[1]}`;
      this.assertsBetweenHalves ||= lookaround[1].endsWith("!");
      lookbehind = lookaround[1].startsWith("<");
      this.position += lookaround[0].length;
    } else if (named !== null) {
      const groupName = named[1];
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(groupName)) {
        refuse(`the group name \`${groupName}\` (Python's group names are ASCII letters, digits and _)`);
      }
      if (this.groups.includes(groupName)) {
        refuse(`the group name \`${groupName}\` used twice`);
      }
      this.groups.push(groupName);
      capture = this.groups.length;
      open = `(?P<${groupName}>`;
      this.position += named[0].length;
    } else if (rest.startsWith("(?:")) {
      open = "(?:";
      this.position += 3;
    } else if (rest.startsWith("(?")) {
      return refuse("a group modifier `(?flags:…)`");
    } else {
      this.groups.push(undefined);
      capture = this.groups.length;
      open = "(";
      this.position += 1;
    }
    if (capture !== undefined && this.lookbehindDepth > 0) {
      refuse("a capturing group inside a lookbehind (JavaScript matches lookbehinds right to left)");
    }
    if (capture !== undefined && this.negativeLookaroundDepth > 0) {
      // Python 3.8's re keeps what the group matched before the lookahead's body failed (3.11 resets it).
      refuse(
        "a capturing group inside a negative lookahead (JavaScript reads it as undefined once the lookahead succeeds, where Python 3.8 keeps what it matched before the lookahead's body failed): write a non-capturing group `(?:…)`",
      );
    }
    if (capture !== undefined && this.repeatDepth > 0) {
      // JavaScript resets the groups inside a repeated group at each iteration; Python keeps the last value.
      refuse(
        "a capturing group inside a repeated group (JavaScript forgets its value at each iteration, Python keeps it); a group written only to repeat or choose can be `(?:…)`, which captures nothing",
      );
    }
    const negative = lookaround !== null && lookaround[1].endsWith("!");
    if (lookbehind) {
      this.lookbehindDepth++;
    }
    if (negative) {
      this.negativeLookaroundDepth++;
    }
    if (quantified) {
      this.repeatDepth++;
    }
    const inner = this.disjunction();
    if (quantified) {
      this.repeatDepth--;
    }
    if (negative) {
      this.negativeLookaroundDepth--;
    }
    if (this.peek() !== ")") {
      refuse("an unterminated group");
    }
    this.position++;
    if (lookbehind) {
      this.lookbehindDepth--;
      if (inner.min !== inner.max) {
        refuse("a lookbehind that can match texts of different lengths (Python needs a fixed width)");
      }
    }
    if (capture !== undefined) {
      this.closedGroups.add(capture);
      if (this.alwaysTaken.has(capture)) {
        this.shortestCapture.set(capture, inner.min);
      }
    }
    return this.atomPiece(`${open}${inner.python})`, lookaround !== null ? 0 : inner.min, lookaround !== null ? 0 : inner.max, {
      captures: capture !== undefined || inner.captures,
      mandatory: negative ? 0 : inner.mandatory + (capture === undefined ? 0 : 1),
      assertion: lookaround !== null,
    });
  }

  private backreference(group: number): Piece {
    if (this.ignoreCase) {
      refuse("a backreference with the `i` flag (JavaScript compares it case-insensitively by its own rules)");
    }
    if (this.lookbehindDepth > 0) {
      refuse("a backreference inside a lookbehind");
    }
    if (group >= 100) {
      // Python's re reads `\100` and up as an octal escape, and has no other way to refer to a group by number.
      refuse(
        `a backreference to group ${group} (Python's \`re\` refers to groups 1 to 99 only; it reads \`\\${group}\` as an octal escape): make the groups before it that nothing reads non-capturing \`(?:…)\``,
      );
    }
    // Not yet closed here (a forward reference or one inside its own group): JavaScript matches empty.
    if (!this.closedGroups.has(group)) {
      return this.atomPiece("(?:)", 0, 0);
    }
    // As long as the group's own text, where the group took part for sure (else it matches empty).
    return this.atomPiece(`(?(${group})(?:\\${group})|)`, this.shortestCapture.get(group) ?? 0, Infinity);
  }

  private escape(): Piece {
    const next = this.peek(1);
    const rest = this.source.slice(this.position);
    if (next === "b" || next === "B") {
      this.position += 2;
      this.assertsBetweenHalves ||= next === "B";
      const word = pythonClass(characterSet("\\w", this.flags), this.last);
      const python = next === "b" ? `(?:(?<=${word})(?!${word})|(?<!${word})(?=${word}))` : `(?:(?<=${word})(?=${word})|(?<!${word})(?!${word}))`;
      return this.atomPiece(python, 0, 0, { assertion: true });
    }
    if (/^[1-9]$/.test(next)) {
      const digits = /^\\(\d+)/.exec(rest)?.[1] ?? "";
      const group = Number(digits);
      if (group > this.totalGroups) {
        refuse(`\`\\${digits}\` without that many groups (a legacy octal escape): write \`\\x..\` or \`\\u....\``);
      }
      this.position += 1 + digits.length;
      return this.backreference(group);
    }
    if (next === "k") {
      const named = /^\\k<([^>]*)>/.exec(rest);
      if (!this.hasNamedGroups || named === null) {
        refuse("`\\k` without a named group (Annex B reads it as the letter k)");
      }
      const index = countGroupsBefore(this.source, named[1]);
      if (index === undefined) {
        refuse(`\`\\k<${named[1]}>\` names no group`);
      }
      this.position += named[0].length;
      return this.backreference(index);
    }
    if (next === "0" && /^[0-9]$/.test(this.peek(2))) {
      refuse("a legacy octal escape `\\0n`: write `\\x..`");
    }
    let length = 2;
    if (next === "c") {
      if (!/^[A-Za-z]$/.test(this.peek(2))) {
        refuse("`\\c` not followed by a letter (Annex B reads it as a backslash)");
      }
      length = 3;
    } else if (next === "x") {
      if (!/^\\x[0-9A-Fa-f]{2}/.test(rest)) {
        refuse("`\\x` not followed by two hexadecimal digits");
      }
      length = 4;
    } else if (next === "u") {
      const pair = /^\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}/.exec(rest);
      const braced = /^\\u\{[0-9a-fA-F]+\}/.exec(rest);
      if (this.unicode && pair !== null) {
        length = pair[0].length;
      } else if (this.unicode && braced !== null) {
        length = braced[0].length;
      } else if (/^\\u[0-9a-fA-F]{4}/.test(rest)) {
        length = 6;
      } else {
        refuse("`\\u` not followed by four hexadecimal digits");
      }
    } else if ((next === "p" || next === "P") && this.unicode) {
      const property = /^\\[pP]\{[^}]*\}/.exec(rest);
      length = property?.[0].length ?? 2;
    } else if (next === "") {
      refuse("a pattern ending in `\\`");
    } else if (!this.unicode && next.charCodeAt(0) >= 0xd800 && next.charCodeAt(0) <= 0xdbff) {
      length = 2; // an escaped half of an emoji: itself
    } else if (this.unicode && (next.codePointAt(0) ?? 0) > 0xffff) {
      length = 3;
    }
    const atomSource = rest.slice(0, length);
    this.position += length;
    return this.set(atomSource);
  }
}

/** Where the character class opening at `start` ends (its `]`), or -1. */
function classEnd(source: string, start: number): number {
  let index = start + 1;
  if (source[index] === "^") {
    index++;
  }
  while (index < source.length) {
    if (source[index] === "\\") {
      index += 2;
      continue;
    }
    if (source[index] === "]") {
      return index;
    }
    index++;
  }
  return -1;
}

/** A capturing group of a pattern, in the order of its opening parenthesis. */
interface CapturingGroup {
  named: boolean;
  /** The name of a named group whose `>` closes it; undefined otherwise. */
  name: string | undefined;
}

/** The positions of a pattern's characters outside escapes and character classes, where `(`, `)` and `|` are syntax. */
function* syntaxPositions(source: string): Generator<number> {
  for (let index = 0; index < source.length; index++) {
    const character = source[index];
    if (character === "\\") {
      index++;
    } else if (character === "[") {
      index = Math.max(classEnd(source, index), index);
    } else {
      yield index;
    }
  }
}

/** The capturing groups of a pattern, skipping escapes, character classes and non-capturing groups and lookbehinds. */
function capturingGroups(source: string): CapturingGroup[] {
  const groups: CapturingGroup[] = [];
  for (const index of syntaxPositions(source)) {
    if (source[index] === "(") {
      if (source[index + 1] !== "?") {
        groups.push({ named: false, name: undefined });
      } else if (source[index + 2] === "<" && source[index + 3] !== "=" && source[index + 3] !== "!") {
        const nameEnd = source.indexOf(">", index + 3);
        groups.push({ named: true, name: nameEnd < 0 ? undefined : source.slice(index + 3, nameEnd) });
      }
    }
  }
  return groups;
}

/**
 * The capturing groups (by number) that take part in every match, before anything after them: no
 * `|` in any group around them (nor at the top), and no quantifier or lookaround around them (a
 * repeated group forgets its captures at each iteration). A backreference after such a group cannot
 * match empty when the group cannot, so it may be quantified (`/^([-*_])(\s*\1){2,}$/`).
 */
function groupsAlwaysTaken(source: string): Set<number> {
  interface Frame {
    alternation: boolean;
    conditional: boolean;
    parent: Frame | undefined;
  }
  const top: Frame = { alternation: false, conditional: false, parent: undefined };
  const captures: Frame[] = [];
  let current = top;
  for (const index of syntaxPositions(source)) {
    const character = source[index];
    if (character === "|") {
      current.alternation = true;
    } else if (character === "(") {
      const isLookaround = /^\(\?<?[=!]/.test(source.slice(index));
      const isCapture = source[index + 1] !== "?" || (source[index + 2] === "<" && !isLookaround);
      current = { alternation: false, conditional: isLookaround, parent: current };
      if (isCapture) {
        captures.push(current);
      }
    } else if (character === ")" && current.parent !== undefined) {
      // A quantifier after the group: it may run no time, or forget the captures of an earlier iteration.
      current.conditional ||= /^[*+?{]/.test(source.slice(index + 1));
      current = current.parent;
    }
  }
  const taken = new Set<number>();
  captures.forEach((frame, index) => {
    let always = !frame.conditional;
    for (let around = frame.parent; around !== undefined && always; around = around.parent) {
      always = !around.alternation && !around.conditional;
    }
    if (always) {
      taken.add(index + 1);
    }
  });
  return taken;
}

/** The capturing groups of a pattern: how many, and whether any is named. */
function countGroups(source: string): { total: number; named: boolean } {
  const groups = capturingGroups(source);
  return { total: groups.length, named: groups.some((group) => group.named) };
}

/** The number of the named group `groupName`. */
function countGroupsBefore(source: string, groupName: string): number | undefined {
  const index = capturingGroups(source).findIndex((group) => group.name === groupName);
  return index < 0 ? undefined : index + 1;
}

function escapeForRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
}

/** Translates `pattern` with `flags`, as Node would read `new RegExp(pattern, flags)`. */
export function translateRegExp(pattern: string, flags: string): Translation {
  let compiled: RegExp;
  try {
    compiled = new RegExp(pattern, flags);
  } catch (error) {
    return { refused: `an invalid regular expression (${error instanceof Error ? error.message : String(error)})` };
  }
  const unsupported = [...flags].filter((flag) => !SUPPORTED_FLAGS.includes(flag));
  if (unsupported.length > 0) {
    return {
      refused: `the flag${unsupported.length > 1 ? "s" : ""} \`${unsupported.join("")}\` (only g, i, m, s and u are compiled: sticky, indices and set notation have no exact Python counterpart here${unsupported.includes("y") ? "; for a sticky match use `g`, set `lastIndex`, and check that the match's `index` is where you started" : ""})`,
    };
  }
  try {
    const translator = new Translator(pattern, compiled.flags);
    const translated = translator.translate();
    if (compiled.unicode && translated.min === 0 && translator.assertsBetweenHalves) {
      // Measured in Node 20: /(?<!x)/gu finds "x😀" at 0, 2 and 3, and /\B/gu finds "x😀y" at 2, between an emoji's halves.
      return {
        refused:
          "with `u`, a pattern that can match the empty string and holds `\\B` or a negative lookaround: V8 also tries it between the two halves of an emoji, where Python's code points have no position",
      };
    }
    return {
      pattern: {
        python: translated.python,
        groups: translator.groups,
        optionalGroups: translated.mandatory < translator.groups.length,
        source: compiled.source,
        flags: compiled.flags,
      },
    };
  } catch (error) {
    if (error instanceof Refused) {
      return { refused: error.message };
    }
    throw error;
  }
}
