// Review 18 (found by a reviewer's probe, kept as written): a for…of whose body yields, resumed from inside the generator it walks, then throwing, breaking or returning: the body's error is kept (closing the running generator a second time raised TypeError over it).
function describe(e: unknown): string {
  return e instanceof TypeError ? "TypeError " + e.message : e instanceof Error ? "Error " + e.message : "other";
}
let log: string[] = [];
type G = Generator<number, void, unknown>;
let h: Generator<string, void, unknown> | undefined;
let g: G | undefined;
let mode = "";

function* gBody(): G {
  yield 1;
  try {
    log.push("h gave " + JSON.stringify(h!.next()));
  } catch (e) {
    log.push("g caught " + describe(e));
  }
  yield 2;
  yield 3;
}
function* hLoop(): Generator<string, void, unknown> {
  try {
    for (const v of g!) {
      yield "h saw " + v;
      if (mode === "throw") throw new Error("boom");
      if (mode === "break") break;
      if (mode === "return") return;
    }
  } catch (e) {
    log.push("h caught " + describe(e));
  }
  log.push("h after loop");
}
function run(m: string) {
  log = [];
  mode = m;
  g = gBody();
  h = hLoop();
  log.push(JSON.stringify(h.next()));
  log.push(JSON.stringify(g.next()));
  log.push(JSON.stringify(g.next()));
  log.push(JSON.stringify(h.next()));
  return log;
}
export function testBodyThrowsWhileWalkedRunning() {
  return run("throw");
}
export function testBodyBreaksWhileWalkedRunning() {
  return run("break");
}
export function testBodyReturnsWhileWalkedRunning() {
  return run("return");
}

// Same with yield*: g resumes h, which is inside yield* g... (h is delegating; g.next from outside)
function* hStar(): Generator<number, void, unknown> {
  try {
    yield* g!;
  } catch (e) {
    log.push("h caught " + describe(e));
  }
  log.push("h after");
}
export function testYieldStarThrowIntoWhileRunning() {
  log = [];
  g = gBody();
  const hh = hStar();
  h = hh as unknown as Generator<string, void, unknown>;
  log.push(JSON.stringify(hh.next()));
  log.push(JSON.stringify(g.next()));
  log.push(JSON.stringify(g.next()));
  return log;
}
