/**
 * `npm run fuzz:compiler -- --count N [--seed S] [--jobs J]`: runs N generated programs under Node and
 * under Python 3.8, 3.11 and 3.13, and prints each difference shrunk to a small program (add it to
 * test/compiler/differential/ as a regression case once fixed). Exits 1 when any program differs
 * or is refused.
 *
 * The programs are split into J contiguous shares (one per core by default), each run by its own
 * process: every share makes exactly the programs a single run of the same seed would make, so the
 * result does not depend on J (a run is compile, Node, then three Pythons one after another: one core).
 */
import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import { compilerPythons } from "../support/pythons";
import { runGenerative } from "./run";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`--${name} takes a whole number`);
  }
  return value;
}

const count = option("count", 1000);
const seed = option("seed", Date.now() % 1_000_000);
const first = option("first", 0);
// One process per core by default, when there are at least 1,000 programs for each.
const jobs = Math.max(1, Math.min(option("jobs", Math.min(availableParallelism(), Math.ceil(count / 1000))), count));
const shrink = option("shrink", 10);
const started = Date.now();

/** What one share printed last: "N programs, D differences, R refused, …". */
interface ShareResult {
  programs: number;
  differences: number;
  refused: number;
  status: number;
}

function runShare(share: number, from: number, size: number): Promise<ShareResult> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        ...process.execArgv,
        process.argv[1] ?? "",
        "--count",
        String(size),
        "--seed",
        String(seed),
        "--first",
        String(from),
        "--jobs",
        "1",
        "--shrink",
        String(shrink),
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let pending = "";
    const result: ShareResult = { programs: 0, differences: 0, refused: 0, status: 1 };
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      pending += chunk;
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        console.log(`[share ${share + 1}/${jobs}] ${line}`);
        const summary = /^(\d+) programs, (\d+) differences, (\d+) refused/.exec(line);
        if (summary !== null) {
          result.programs = Number(summary[1]);
          result.differences = Number(summary[2]);
          result.refused = Number(summary[3]);
        }
      }
    });
    child.on("close", (status) => resolve({ ...result, status: status ?? 1 }));
  });
}

async function main(): Promise<number> {
  if (jobs > 1) {
    console.log(`fuzz:compiler: ${count} programs from seed ${seed}, in ${jobs} processes`);
    const size = Math.ceil(count / jobs);
    const shares: Promise<ShareResult>[] = [];
    for (let share = 0; share * size < count; share++) {
      shares.push(runShare(share, first + share * size, Math.min(size, count - share * size)));
    }
    const results = await Promise.all(shares);
    const total = (key: "programs" | "differences" | "refused"): number => results.reduce((sum, result) => sum + result[key], 0);
    const failed = results.some((result) => result.status !== 0) || total("programs") !== count;
    console.log(
      `\n${total("programs")} programs, ${total("differences")} differences, ${total("refused")} refused, ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${seed}, ${jobs} processes)`,
    );
    return failed ? 1 : 0;
  }
  console.log(`fuzz:compiler: ${count} programs from seed ${seed}${first > 0 ? `, from program ${first}` : ""}`);
  const report = runGenerative({ seed, count, first, pythons: compilerPythons(), maximumFindings: shrink, log: (line) => console.log(line) });
  if (report.skipped.length > 0) {
    console.log(`\nskipped, since Node gives no result to compare:\n  ${report.skipped.map(({ name, reason }) => `${name}: ${reason}`).join("\n  ")}`);
  }
  for (const [name, errors] of report.refused) {
    console.log(`\nrefused ${name}:\n  ${errors.join("\n  ")}`);
  }
  for (const finding of report.findings) {
    console.log(
      `\n${finding.original.name} (program seed ${finding.original.seed}) under Python ${finding.pythonLabel}:\n  node:   ${finding.node}\n  python: ${finding.python}\n${finding.source}`,
    );
  }
  console.log(
    `\n${report.programs} programs, ${report.findings.length} differences, ${report.refused.size} refused, ${report.skipped.length} skipped, ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${seed})`,
  );
  return report.findings.length > 0 || report.refused.size > 0 ? 1 : 0;
}

void main().then((status) => process.exit(status));
