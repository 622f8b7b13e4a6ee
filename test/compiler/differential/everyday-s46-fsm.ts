// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): fsm.
type State =
  | { kind: "idle" }
  | { kind: "connecting"; attempt: number; since: number }
  | { kind: "connected"; sessionId: string; latencyMs?: number }
  | { kind: "failed"; error: string; retryIn: number };

type Event =
  { type: "connect"; at: number } | { type: "ok"; sessionId: string } | { type: "error"; message: string } | { type: "ping"; ms: number } | { type: "reset" };

const MAX_ATTEMPTS = 3;

function assertNever(x: never): never {
  throw new Error(`unexpected: ${JSON.stringify(x)}`);
}

export function step(state: State, ev: Event): State {
  switch (state.kind) {
    case "idle":
      return ev.type === "connect" ? { kind: "connecting", attempt: 1, since: ev.at } : state;
    case "connecting":
      switch (ev.type) {
        case "ok":
          return { kind: "connected", sessionId: ev.sessionId };
        case "error":
          if (state.attempt >= MAX_ATTEMPTS) return { kind: "failed", error: ev.message, retryIn: 2 ** state.attempt * 1000 };
          return { ...state, attempt: state.attempt + 1 };
        case "reset":
          return { kind: "idle" };
        default:
          return state;
      }
    case "connected":
      if (ev.type === "ping") return { ...state, latencyMs: ev.ms };
      if (ev.type === "error") return { kind: "failed", error: ev.message, retryIn: 500 };
      if (ev.type === "reset") return { kind: "idle" };
      return state;
    case "failed":
      return ev.type === "reset" || ev.type === "connect" ? { kind: "idle" } : state;
    default:
      return assertNever(state);
  }
}

function describe(s: State): string {
  switch (s.kind) {
    case "idle":
      return "idle";
    case "connecting":
      return `connecting (attempt ${s.attempt}/${MAX_ATTEMPTS})`;
    case "connected":
      return `connected as ${s.sessionId}${s.latencyMs !== undefined ? ` [${s.latencyMs}ms]` : ""}`;
    case "failed":
      return `failed: ${s.error}; retry in ${(s.retryIn / 1000).toFixed(1)}s`;
  }
}

export function testMachine(): unknown {
  const events: Event[] = [
    { type: "ping", ms: 1 },
    { type: "connect", at: 100 },
    { type: "error", message: "timeout" },
    { type: "error", message: "timeout" },
    { type: "ok", sessionId: "abc" },
    { type: "ping", ms: 42 },
    { type: "ping", ms: 17.5 },
    { type: "error", message: "broken pipe" },
    { type: "reset" },
    { type: "connect", at: 200 },
    { type: "error", message: "a" },
    { type: "error", message: "b" },
    { type: "error", message: "c" },
  ];
  const trace: string[] = [];
  let s: State = { kind: "idle" };
  for (const e of events) {
    s = step(s, e);
    trace.push(describe(s));
  }
  return { trace, final: s };
}

export function testHistory(): unknown {
  const history = [
    { type: "connect", at: 1 },
    { type: "ok", sessionId: "z" },
  ] satisfies Event[];
  const states = history.reduce<State[]>((acc, e) => [...acc, step(acc[acc.length - 1] ?? { kind: "idle" }, e)], []);
  const counts: Partial<Record<State["kind"], number>> = {};
  for (const st of states) counts[st.kind] = (counts[st.kind] ?? 0) + 1;
  return { states, counts, kinds: Object.keys(counts) };
}
