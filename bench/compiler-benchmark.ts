/**
 * `npm run bench:compiler`: (1) compiling all of src/ to Python against `tsc --noEmit` on the
 * same files, both in this process, as a ratio; (2) the compiled sync core on a hot path — merging
 * 10,000 incoming watched states into a library of 5,000 movies — under Python 3.8 and 3.11
 * against the same TypeScript under Node. Medians of several runs; results also go to
 * test-artifacts/bench-compiler.json.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import * as ts from "typescript";
import { compileProject } from "../transpiler/src/index";
import { LocalItem } from "../src/core/library-store";
import { LibrarySync } from "../src/core/library-sync";
import { WatchedState } from "../src/core/watched-state";
import { pythonVersions } from "../test/support/python";

const repoRoot = path.resolve(__dirname, "..");
const tsconfig = path.join(repoRoot, "src", "tsconfig.json");
const RUNS = 5;
const MOVIES = 5_000;
const STATES = 10_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(run: () => void): number {
  const started = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

function typeCheckOnly(): void {
  const config = ts.getParsedCommandLineOfConfigFile(tsconfig, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (config === undefined) {
    throw new Error("cannot read src/tsconfig.json");
  }
  const program = ts.createProgram(config.fileNames, config.options);
  const diagnostics = ts.getPreEmitDiagnostics(program);
  if (diagnostics.length > 0) {
    throw new Error("src/ has type errors");
  }
}

function compileAll(outDir: string): void {
  const result = compileProject({ tsConfigFilePath: tsconfig, outDir });
  if (result.diagnostics.some((diagnostic) => diagnostic.category === "error")) {
    throw new Error("src/ does not compile");
  }
}

/** The same inputs on both sides: movies with imdb ids, states from another device, newer each time. */
function movies(): LocalItem[] {
  return Array.from({ length: MOVIES }, (_, index) => ({
    kind: "movie",
    id: index + 1,
    title: `Movie ${index}`,
    uniqueid: { imdb: `tt${1000000 + index}` },
    show: {},
    season: -1,
    episode: -1,
    playcount: 0,
    lastplayed: "",
    resume: { position: 0, total: 0 },
  }));
}

function states(): [string, WatchedState][] {
  // Half for movies in the library, half for movies this device does not have (remembered for later).
  return Array.from({ length: STATES }, (_, index) => [
    `imdb:tt${1000000 + index}`,
    { playcount: index % 3, lastplayed: "2026-01-01 10:00:00", time: 1_700_000_000_000 + index, device: "other" },
  ]);
}

function mergeInNode(): number {
  const library = movies();
  const incoming = states();
  return time(() => {
    const sync = new LibrarySync("this-device", 10);
    sync.replaceLibrary("movie", library, 0);
    for (const [identity, state] of incoming) {
      sync.applyRemote("movie", identity, "watched", state, 1_800_000_000_000);
    }
  });
}

const PYTHON_MERGE = `
import sys, time
sys.path.insert(0, sys.argv[1])
from cloudsync.core.library_sync import LibrarySync
MOVIES, STATES, RUNS = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
timings = []
for _ in range(RUNS):
    library = [{"kind": "movie", "id": i + 1, "title": f"Movie {i}", "uniqueid": {"imdb": f"tt{1000000 + i}"}, "show": {}, "season": -1, "episode": -1, "playcount": 0, "lastplayed": "", "resume": {"position": 0, "total": 0}} for i in range(MOVIES)]
    incoming = [(f"imdb:tt{1000000 + i}", {"playcount": i % 3, "lastplayed": "2026-01-01 10:00:00", "time": 1700000000000 + i, "device": "other"}) for i in range(STATES)]
    started = time.perf_counter()
    sync = LibrarySync("this-device", 10)
    sync.replace_library("movie", library, 0)
    for identity, state in incoming:
        sync.apply_remote("movie", identity, "watched", state, 1800000000000)
    timings.append((time.perf_counter() - started) * 1000)
timings.sort()
print(timings[len(timings) // 2])
`;

function main(): void {
  const outRoot = mkdtempSync(path.join(tmpdir(), "cloudsync-bench-"));
  const outDir = path.join(outRoot, "cloudsync");
  // Warm up both paths once (module loading, lib.d.ts parsing), then measure.
  typeCheckOnly();
  compileAll(outDir);
  const tscTimes = Array.from({ length: RUNS }, () => time(typeCheckOnly));
  const compileTimes = Array.from({ length: RUNS }, () => time(() => compileAll(outDir)));
  const tscMs = median(tscTimes);
  const compileMs = median(compileTimes);

  mergeInNode();
  const nodeMs = median(Array.from({ length: RUNS }, mergeInNode));
  const pythonMs: Record<string, number> = {};
  for (const { label, executable } of pythonVersions()) {
    pythonMs[label] = Number(
      execFileSync(executable, ["-c", PYTHON_MERGE, outRoot, String(MOVIES), String(STATES), String(RUNS)], { encoding: "utf8" }).trim(),
    );
  }

  const results = {
    compiler: { files: "src/", tscNoEmitMs: round(tscMs), compileToPythonMs: round(compileMs), ratio: round(compileMs / tscMs) },
    hotPath: {
      what: `merge ${STATES} incoming watched states into a library of ${MOVIES} movies (LibrarySync)`,
      nodeMs: round(nodeMs),
      python: Object.fromEntries(Object.entries(pythonMs).map(([label, ms]) => [label, { ms: round(ms), ratioToNode: round(ms / nodeMs) }])),
    },
  };
  mkdirSync(path.join(repoRoot, "test-artifacts"), { recursive: true });
  writeFileSync(path.join(repoRoot, "test-artifacts", "bench-compiler.json"), JSON.stringify(results, null, 2) + "\n");
  process.stdout.write(
    `compile src/ to Python: ${results.compiler.compileToPythonMs} ms; tsc --noEmit: ${results.compiler.tscNoEmitMs} ms; ratio ${results.compiler.ratio}\n`,
  );
  process.stdout.write(`${results.hotPath.what}: Node ${results.hotPath.nodeMs} ms\n`);
  for (const [label, figures] of Object.entries(results.hotPath.python)) {
    process.stdout.write(`  Python ${label}: ${figures.ms} ms (${figures.ratioToNode}× Node)\n`);
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

main();
