/**
 * The generative differential test: thousands of random, well-typed programs (numbers, strings,
 * arrays, Maps, records, a class with accessors, control flow, built-in calls with every arity)
 * run under Node and, compiled, under Python 3.8, 3.11 and 3.13, all in a few processes. A
 * difference fails the test with the program shrunk to a small one; `npm run fuzz:compiler --
 * --count N --seed S` runs more. Every difference found so far is a case in differential/.
 */
import { runGenerative } from "./generative/run";
import { compilerPythons } from "./support/pythons";

const SEED = 20261130;
const COUNT = 2500;

test(`${COUNT} generated programs give what Node gives (seed ${SEED})`, () => {
  const report = runGenerative({ seed: SEED, count: COUNT, pythons: compilerPythons(), maximumFindings: 3 });
  const refused = [...report.refused].map(([name, errors]) => `${name}: ${errors.join("; ")}`);
  const differences = report.findings.map(
    (finding) =>
      `${finding.original.name} (program seed ${finding.original.seed}) under Python ${finding.pythonLabel}\n  node:   ${finding.node}\n  python: ${finding.python}\n${finding.source}`,
  );
  expect(refused).toEqual([]);
  expect(differences).toEqual([]);
  expect(report.programs).toBe(COUNT);
}, 600_000);
