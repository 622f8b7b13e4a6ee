// `object + text`: JavaScript evaluates both operands, then turns them into text, so an object's
// text is what the right operand's code left it: the compiled code turned the left into text first
// (review 19: `cursor + cursor.advance()` gave "@0!" where Node gives "@1!").

class Cursor {
  position = 0;
  toString(): string {
    return `@${this.position}`;
  }
  advance(): string {
    this.position += 1;
    return "!";
  }
}

export function testToStringAfterTheRightSideRan(): string[] {
  const cursor = new Cursor();
  const first = cursor + cursor.advance();
  const second = cursor + cursor.advance() + cursor;
  const plain = cursor + "?";
  return [first, second, plain];
}

export function testArrayAndErrorTextAfterTheRightSide(): string[] {
  const items = [1];
  const grow = (): string => {
    items.push(2);
    return "x";
  };
  const error = new Error("first");
  const change = (): string => {
    error.message = "second";
    return ".";
  };
  return [items + grow(), error + change()];
}

export function testInsideCallbacksAndDefaults(): string[] {
  const cursors = [new Cursor(), new Cursor()];
  const texts = cursors.map((cursor) => cursor + cursor.advance());
  const label = (cursor: Cursor, suffix = cursor + cursor.advance()): string => suffix;
  return [...texts, label(new Cursor())];
}

export function testLeftOperandMadeByACall(): string[] {
  const made: Cursor[] = [];
  const make = (): Cursor => {
    const cursor = new Cursor();
    made.push(cursor);
    return cursor;
  };
  const moveLast = (): string => made[made.length - 1]!.advance();
  return [make() + moveLast(), String(made.length)];
}

export function testRightSideAssignsTheLeftVariable(): string[] {
  let cursor = new Cursor();
  const next = new Cursor();
  next.position = 7;
  const joined = cursor + (cursor = next).advance();
  return [joined, String(cursor)];
}
