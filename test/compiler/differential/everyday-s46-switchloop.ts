// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): switchloop.
type Tok = { t: "num"; v: number } | { t: "skip" } | { t: "stop" } | { t: "neg"; v: number };
export function testSwitchInLoop(): unknown {
  const toks: Tok[] = [{ t: "num", v: 1 }, { t: "skip" }, { t: "neg", v: 5 }, { t: "num", v: -2 }, { t: "num", v: 3 }, { t: "stop" }, { t: "num", v: 100 }];
  const out: string[] = [];
  let total = 0;
  loop: for (const tok of toks) {
    switch (tok.t) {
      case "num":
        if (tok.v < 0) {
          out.push("negative num, ignoring");
          break;
        }
        total += tok.v;
        out.push(`+${tok.v}`);
        break;
      case "skip":
        out.push("skip");
        continue;
      case "neg": {
        for (let i = 0; i < tok.v; i++) {
          if (i === 2) break;
          total -= 1;
        }
        out.push("neg");
        break;
      }
      case "stop":
        out.push("stop");
        break loop;
    }
    out.push(`after ${tok.t} total=${total}`);
  }
  let i = 0;
  const w: number[] = [];
  while (i < 10) {
    i++;
    switch (i % 4) {
      case 0:
        continue;
      case 1:
        w.push(i);
        break;
      default:
        if (i > 6) break;
        w.push(-i);
    }
    w.push(0);
  }
  return { out, total, w };
}
