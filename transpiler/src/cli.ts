/**
 * `npm run transpile -- <file.ts ...> --out <dir>` compiles standalone files;
 * `npm run transpile -- --project src/tsconfig.json --out <dir>` compiles a whole project.
 * Prints every diagnostic as file:line:col and exits non-zero on any error.
 */
import { compileFiles, compileProject, CompileResult } from "./compile";
import { formatDiagnostic } from "./diagnostics";

function usage(problem: string): never {
  process.stderr.write(
    `${problem}\nusage: npm run transpile -- <file.ts ...> --out <dir>\n       npm run transpile -- --project <tsconfig.json> --out <dir>\n`,
  );
  process.exit(2);
}

function main(argv: string[]): number {
  const files: string[] = [];
  let outDir: string | undefined;
  let project: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === "--out") {
      outDir = argv[++index];
    } else if (argument === "--project" || argument === "-p") {
      project = argv[++index];
    } else if (argument.startsWith("-")) {
      usage(`unknown option ${argument}`);
    } else {
      files.push(argument);
    }
  }
  if (outDir === undefined) {
    usage("--out <dir> is required");
  }
  if (project === undefined && files.length === 0) {
    usage("give TypeScript files or --project");
  }
  const result: CompileResult = project !== undefined ? compileProject({ tsConfigFilePath: project, outDir }) : compileFiles({ files, outDir });
  for (const diagnostic of result.diagnostics) {
    process.stderr.write(formatDiagnostic(diagnostic, process.cwd()) + "\n");
  }
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.category === "error").length;
  if (errors > 0) {
    process.stderr.write(`${errors} error(s); nothing written\n`);
    return 1;
  }
  process.stdout.write(`wrote ${result.writtenFiles.length} file(s) to ${outDir}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
