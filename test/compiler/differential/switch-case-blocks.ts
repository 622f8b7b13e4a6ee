// `case X: { const local = …; …; break; }`: the usual way to give a case its own constants. The block
// is opened up and its closing `break` is the case's own (it was refused as a break from a block).
function describe(code: number): string {
  let text = "";
  switch (code) {
    case 1: {
      const word = "one";
      text = `${word}!`;
      break;
    }
    case 2:
    case 3: {
      const doubled = code * 2;
      text = `small ${doubled}`;
      {
        text += " nested";
        break;
      }
    }
    case 4: {
      return "four returns";
    }
    default: {
      const fallback = `other ${code}`;
      text = fallback;
    }
  }
  return text;
}

export function testCaseBlocksEndingInBreak(): string[] {
  return [0, 1, 2, 3, 4, 5].map(describe);
}

export function testCaseBlocksInsideLoops(): string[] {
  const seen: string[] = [];
  for (const word of ["go", "skip", "stop", "after"]) {
    switch (word) {
      case "skip": {
        seen.push("skipping");
        continue;
      }
      case "stop": {
        const last = word.toUpperCase();
        seen.push(last);
        break;
      }
      default: {
        seen.push(word);
        break;
      }
    }
    seen.push(`after ${word}`);
  }
  return seen;
}
