/**
 * `npm run fuzz:compiler -- --count N [--seed S]`: runs N generated programs under Node and under
 * Python 3.8, 3.11 and 3.13, and prints each difference shrunk to a small program (add it to
 * test/compiler/differential/ as a regression case once fixed). Exits 1 when any program differs
 * or is refused.
 */
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
const started = Date.now();
console.log(`fuzz:compiler: ${count} programs from seed ${seed}`);
const report = runGenerative({ seed, count, pythons: compilerPythons(), maximumFindings: option("shrink", 10), log: (line) => console.log(line) });
for (const [name, errors] of report.refused) {
  console.log(`\nrefused ${name}:\n  ${errors.join("\n  ")}`);
}
for (const finding of report.findings) {
  console.log(
    `\n${finding.original.name} (program seed ${finding.original.seed}) under Python ${finding.pythonLabel}:\n  node:   ${finding.node}\n  python: ${finding.python}\n${finding.source}`,
  );
}
console.log(
  `\n${report.programs} programs, ${report.findings.length} differences, ${report.refused.size} refused, ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${seed})`,
);
process.exit(report.findings.length > 0 || report.refused.size > 0 ? 1 : 0);
