/**
 * The generative differential test: random programs (generate.ts) run under Node and, compiled,
 * under each Python; any difference is shrunk to a small program that still shows it.
 * Programs go in modules of many functions, and every Python runs all of them in one process.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import * as ts from "typescript";
import { compileFiles } from "../../../transpiler/src/index";
import type { Diagnostic } from "../../../transpiler/src/diagnostics";
import { toSnakeCase } from "../../../transpiler/src/utils/naming";
import { runCompiledCases } from "../support/differential";
import { runModulesInChildNode, TOO_LARGE } from "../support/node-exports";
import { Expression, generateProgram, printModule, printProgram, PRELUDE, Program, Statement, Type } from "./generate";

export interface Python {
  label: string;
  executable: string;
}

export interface Finding {
  /** The program as generated, and as shrunk. */
  original: Program;
  shrunk: Program;
  source: string;
  node: string;
  python: string;
  pythonLabel: string;
  /** Set when the compiler refused the program instead of running it differently. */
  compileErrors?: string[];
}

interface BatchResult {
  /** Program name → outcome as JSON text, under Node. */
  node: Map<string, string>;
  /** Python label → program name → outcome as JSON text. */
  python: Map<string, Map<string, string>>;
  /** Program name → the compiler's errors for it (the program was left out). */
  refused: Map<string, string[]>;
  /** Programs whose result under Node is too large to compare (left out before Python runs them). */
  skipped?: Skipped[];
}

const MODULE_SIZE = 40;

/** A program left out of the comparison, and why. */
export interface Skipped {
  name: string;
  reason: string;
}

function writeJavaScript(file: string, members: Program[]): string {
  writeFileSync(
    file,
    ts.transpileModule(printModule(members), { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText,
  );
  return file;
}

/**
 * Runs the modules under Node, in one child process with a bounded heap. When the child dies, each
 * module runs alone, and a module that still kills it runs program by program: a program that kills
 * Node by itself is left out with the reason (Python is not asked what Node could not answer), the
 * rest compared. A child that died for any reason but its heap is run once more before its program
 * is left out: the machine may have failed it (one such program of seed 20261213, 9,099, ran in 1 ms
 * when run again), and the reason it gives is then the second run's.
 */
function runUnderNode(modules: Map<string, Program[]>, root: string, failed: Map<string, string>): Map<string, string> {
  const directory = path.join(root, "javascript");
  mkdirSync(directory, { recursive: true });
  const files = new Map([...modules].map(([module, members]) => [module, writeJavaScript(path.join(directory, `${module}.js`), members)]));
  const together = runModulesInChildNode(files);
  if (together instanceof Map) {
    return together;
  }
  const results = new Map<string, string>();
  for (const [module, members] of modules) {
    const alone = runModulesInChildNode(new Map([[module, files.get(module) ?? ""]]));
    if (alone instanceof Map) {
      alone.forEach((value, key) => results.set(key, value));
      continue;
    }
    members.forEach((program, index) => {
      const file = writeJavaScript(path.join(directory, `${module}_${index}.js`), [program]);
      let single = runModulesInChildNode(new Map([[module, file]]));
      if (!(single instanceof Map) && !single.outOfMemory) {
        single = runModulesInChildNode(new Map([[module, file]]));
      }
      if (single instanceof Map) {
        single.forEach((value, key) => results.set(key, value));
      } else {
        failed.set(program.name, single.reason);
      }
    });
  }
  return results;
}

/** Which program of a module a diagnostic's line falls in. */
function programAtLine(programs: Program[], line: number): Program | undefined {
  let current = PRELUDE.split("\n").length + 1;
  for (const program of programs) {
    const lines = printProgram(program).split("\n").length;
    if (line >= current && line < current + lines) {
      return program;
    }
    current += lines;
  }
  return undefined;
}

/** Compiles and runs programs under Node and every Python; programs the compiler refuses are left out and reported. */
export function runBatch(programs: Program[], pythons: Python[], directory = mkdtempSync(path.join(tmpdir(), "cloudsync-generative-"))): BatchResult {
  const refused = new Map<string, string[]>();
  const skipped: Skipped[] = [];
  let remaining = programs;
  if (programs.length === 0) {
    return { node: new Map(), python: new Map(pythons.map(({ label }) => [label, new Map()])), refused };
  }
  for (let attempt = 0; attempt < 5; attempt++) {
    const modules = new Map<string, Program[]>();
    for (let index = 0; index < remaining.length; index += MODULE_SIZE) {
      modules.set(`generated_${modules.size}`, remaining.slice(index, index + MODULE_SIZE));
    }
    const root = path.join(directory, `attempt${attempt}`);
    mkdirSync(path.join(root, "sources"), { recursive: true });
    const files: string[] = [];
    for (const [module, members] of modules) {
      const file = path.join(root, "sources", `${module}.ts`);
      writeFileSync(file, printModule(members));
      files.push(file);
    }
    const result = compileFiles({ files, outDir: path.join(root, "cases") });
    const errors = result.diagnostics.filter((diagnostic) => diagnostic.category === "error");
    if (errors.length > 0) {
      const rejected = new Set<string>();
      for (const error of errors) {
        const module = path.basename(error.file, ".ts");
        const program = programAtLine(modules.get(module) ?? [], error.line);
        const key = program?.name ?? `${module}:${error.line}`;
        refused.set(key, [...(refused.get(key) ?? []), describe(error)]);
        if (program !== undefined) {
          rejected.add(program.name);
        }
      }
      if (rejected.size === 0) {
        throw new Error(`the compiler refused the generated modules outside any program:\n${errors.map(describe).join("\n")}`);
      }
      remaining = remaining.filter((program) => !rejected.has(program.name));
      if (remaining.length === 0) {
        return { node: new Map(), python: new Map(pythons.map(({ label }) => [label, new Map()])), refused };
      }
      continue;
    }
    const failed = new Map<string, string>();
    const node = runUnderNode(modules, root, failed);
    const tooLarge = new Set([...node].filter(([, outcome]) => outcome === TOO_LARGE).map(([key]) => key.slice(key.indexOf(".") + 1)));
    if (tooLarge.size > 0 || failed.size > 0) {
      // Python would build the same enormous value, if memory let it: leave these out and run the rest.
      for (const program of remaining) {
        if (tooLarge.has(toSnakeCase(program.name))) {
          skipped.push({ name: program.name, reason: "its result is too large for Node's JSON" });
        } else if (failed.has(program.name)) {
          skipped.push({ name: program.name, reason: failed.get(program.name) ?? "" });
        }
      }
      remaining = remaining.filter((program) => !tooLarge.has(toSnakeCase(program.name)) && !failed.has(program.name));
      if (remaining.length === 0) {
        return { node: new Map(), python: new Map(pythons.map(({ label }) => [label, new Map()])), refused, skipped };
      }
      continue;
    }
    const python = new Map<string, Map<string, string>>();
    const unimportable = new Set<string>();
    for (const { label, executable } of pythons) {
      const results = runCompiledCases(executable, root, [...modules.keys()]);
      for (const [key, value] of results) {
        if (key.endsWith(".__import__")) {
          unimportable.add(key.slice(0, -".__import__".length));
          refused.set(key, [`Python ${label}: ${value}`]);
        }
      }
      python.set(label, results);
    }
    if (unimportable.size > 0 && MODULE_SIZE > 1 && programs.length > 1) {
      // Python rejected a whole module: run its programs one per module to find which one.
      const alone = [...unimportable].flatMap((module) => modules.get(module) ?? []);
      const rest = remaining.filter((program) => !alone.includes(program));
      const isolated = alone.map((program) => runBatch([program], pythons, mkdtempSync(path.join(directory, "alone-"))));
      const others = runBatch(rest, pythons, mkdtempSync(path.join(directory, "rest-")));
      for (const result of isolated) {
        result.node.forEach((value, key) => others.node.set(key, value));
        result.python.forEach((results, label) => results.forEach((value, key) => others.python.get(label)?.set(key, value)));
        result.refused.forEach((value, key) => refused.set(key, value));
        skipped.push(...(result.skipped ?? []));
      }
      others.refused.forEach((value, key) => refused.set(key, value));
      return { ...others, refused, skipped: [...skipped, ...(others.skipped ?? [])] };
    }
    return { node: byProgram(node), python: new Map([...python].map(([label, results]) => [label, byProgram(results)])), refused, skipped };
  }
  throw new Error("the compiler kept refusing generated programs");
}

function describe(diagnostic: Diagnostic): string {
  return `${diagnostic.code} ${diagnostic.message} (line ${diagnostic.line})`;
}

/** `generated_0.test_program_12` → `test_program_12`. */
function byProgram(results: Map<string, string>): Map<string, string> {
  return new Map([...results].map(([key, value]) => [key.slice(key.indexOf(".") + 1), value]));
}

function differs(result: BatchResult, program: Program): { label: string; node: string; python: string } | undefined {
  const name = toSnakeCase(program.name);
  const node = result.node.get(name);
  if (node === undefined) {
    return undefined;
  }
  for (const [label, results] of result.python) {
    const python = results.get(name);
    if (python !== node) {
      return { label, node, python: python ?? "(missing)" };
    }
  }
  return undefined;
}

// ---- Shrinking: one-step reductions of a program, tried in batches, until none still fails.

const SMALLEST: Record<Type, string[]> = {
  number: ["0", "1"],
  string: ['""', '"a"'],
  boolean: ["true", "false"],
  "number[]": ["[]", "[1]"],
  "string[]": ["[]", '["a"]'],
  map: ["new Map<string, number>()"],
  record: ["{}"],
};

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Every program one reduction away: a statement removed or replaced by its block, an expression replaced by a smaller one of its type. */
function reductions(program: Program): Program[] {
  const candidates: Program[] = [];
  const statementLists: Statement[][] = [];
  const collect = (list: Statement[]): void => {
    statementLists.push(list);
    list.forEach((item) => item.blocks.forEach(collect));
  };
  const declarations = 8;
  // Statements, outermost first: removing big pieces first shrinks fastest.
  const shrinkBody = (mutate: (body: Statement[]) => boolean): void => {
    const copy = clone(program);
    if (mutate(copy.body)) {
      candidates.push(copy);
    }
  };
  collect(program.body);
  statementLists.forEach((list, listIndex) => {
    list.forEach((item, index) => {
      if (listIndex === 0 && index < declarations) {
        return;
      }
      shrinkBody((body) => {
        const lists: Statement[][] = [];
        const walk = (statements: Statement[]): void => {
          lists.push(statements);
          statements.forEach((statement) => statement.blocks.forEach(walk));
        };
        walk(body);
        lists[listIndex]?.splice(index, 1);
        return true;
      });
      item.blocks.forEach((_block, blockIndex) => {
        shrinkBody((body) => {
          const lists: Statement[][] = [];
          const walk = (statements: Statement[]): void => {
            lists.push(statements);
            statements.forEach((statement) => statement.blocks.forEach(walk));
          };
          walk(body);
          const owner = lists[listIndex];
          const replaced = owner?.[index];
          if (owner === undefined || replaced === undefined) {
            return false;
          }
          owner.splice(index, 1, ...(replaced.blocks[blockIndex] ?? []));
          return true;
        });
      });
    });
  });
  // Expressions: each slot replaced by a smallest literal or by one of its children of the same type.
  const slots = (body: Statement[]): Expression[] => {
    const found: Expression[] = [];
    const visitExpression = (expression: Expression): void => {
      found.push(expression);
      expression.args.forEach(visitExpression);
    };
    const visitStatements = (statements: Statement[]): void => {
      for (const item of statements) {
        item.args.forEach(visitExpression);
        item.blocks.forEach(visitStatements);
      }
    };
    visitStatements(body);
    return found;
  };
  const count = slots(program.body).length;
  for (let slot = 0; slot < count; slot++) {
    const original = slots(program.body)[slot] as Expression;
    const replacements: Expression[] = [
      ...original.args.filter((child) => child.type === original.type),
      ...SMALLEST[original.type]
        .filter((text) => text !== original.template || original.args.length > 0)
        .map((text) => ({ type: original.type, template: text, args: [] })),
    ];
    for (const replacement of replacements) {
      const copy = clone(program);
      const target = slots(copy.body)[slot] as Expression;
      const value = clone(replacement);
      target.template = value.template;
      target.args = value.args;
      candidates.push(copy);
    }
  }
  return candidates;
}

function size(program: Program): number {
  return printProgram(program).length;
}

/** Shrinks a failing program while some reduction still fails; returns the smallest found. */
export function shrink(
  program: Program,
  pythons: Python[],
  maximumRounds = 40,
): { program: Program; difference: { label: string; node: string; python: string } } | undefined {
  let current = program;
  let difference = differs(runBatch([current], pythons), current);
  if (difference === undefined) {
    return undefined;
  }
  for (let round = 0; round < maximumRounds; round++) {
    const candidates = reductions(current)
      .filter((candidate) => size(candidate) < size(current))
      .sort((left, right) => size(left) - size(right))
      .slice(0, 400)
      .map((candidate, index) => ({ ...candidate, name: `testCandidate${index}` }));
    if (candidates.length === 0) {
      break;
    }
    const result = runBatch(candidates, pythons);
    const smaller = candidates.find((candidate) => differs(result, candidate) !== undefined);
    if (smaller === undefined) {
      break;
    }
    difference = differs(result, smaller) ?? difference;
    current = smaller;
  }
  return { program: { ...current, name: program.name }, difference };
}

export interface GenerativeReport {
  programs: number;
  refused: Map<string, string[]>;
  findings: Finding[];
  /** Programs left out because Node gave no result to compare (too large, or out of memory). */
  skipped: Skipped[];
}

/** Generates `count` programs from `seed`, runs them, and shrinks each difference (at most `maximumFindings`). */
export function runGenerative(options: {
  seed: number;
  count: number;
  /** The index of the first program (a share of a larger run: the programs are the ones that run would make). */
  first?: number;
  pythons: Python[];
  maximumFindings?: number;
  log?: (line: string) => void;
}): GenerativeReport {
  const log = options.log ?? ((): void => undefined);
  const first = options.first ?? 0;
  const findings: Finding[] = [];
  const refused = new Map<string, string[]>();
  const skipped: Skipped[] = [];
  const chunk = 1000;
  // Each chunk's programs are made when it runs: a share of a 100,000-program run that made its
  // 50,000 first held them for the whole run (450 MB of heap, measured), beside the compile's own.
  for (let start = 0; start < options.count; start += chunk) {
    const batch: Program[] = [];
    for (let index = first + start; index < first + Math.min(start + chunk, options.count); index++) {
      // Each program has its own seed, derived from the run's: any one can be regenerated alone.
      batch.push(generateProgram((options.seed * 1_000_003 + index) >>> 0, index));
    }
    const result = runBatch(batch, options.pythons);
    result.refused.forEach((errors, name) => refused.set(name, errors));
    skipped.push(...(result.skipped ?? []));
    for (const program of batch) {
      const difference = differs(result, program);
      if (difference === undefined) {
        continue;
      }
      if (findings.length >= (options.maximumFindings ?? 5)) {
        findings.push({
          original: program,
          shrunk: program,
          source: printProgram(program),
          pythonLabel: difference.label,
          node: difference.node,
          python: difference.python,
        });
        continue;
      }
      log(`${program.name} (seed ${program.seed}) differs under Python ${difference.label}; shrinking`);
      const shrunk = shrink(program, options.pythons) ?? { program, difference };
      findings.push({
        original: program,
        shrunk: shrunk.program,
        source: printProgram(shrunk.program),
        pythonLabel: shrunk.difference.label,
        node: shrunk.difference.node,
        python: shrunk.difference.python,
      });
    }
    log(`${Math.min(start + chunk, options.count)} of ${options.count} programs run, ${findings.length} differences`);
  }
  return { programs: options.count, refused, findings, skipped };
}
