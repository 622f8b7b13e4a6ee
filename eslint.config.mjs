// ESLint for every TypeScript file of the repo: the add-on (src/), the compiler, the build, the
// tests and the benchmarks. typescript-eslint's recommended rules; `any` only in the declarations of
// Python host modules (src/host/*.d.ts), where Kodi's API has no better type.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "service.cloudsync/", "dist/", "build/.cache/", "test-artifacts/", "test/compiler/diagnostics/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      // `== null` is the one loose comparison the compiler asks for: true for null and undefined, which are one None in Python.
      eqeqeq: ["error", "always", { null: "ignore" }],
      "prefer-const": "error",
      // `let value: unknown = null; try { value = JSON.parse(text) } catch …` is how src/ reads JSON:
      // the compiler types a variable from its first assignment, so it is initialised before the try.
      "no-useless-assignment": "off",
    },
  },
  {
    // The compiler's differential cases exercise exactly the constructs style rules forbid
    // (loose equality, useless catch wrappers, unassigned variables): they are inputs, not style.
    files: ["test/compiler/differential/**/*.ts"],
    rules: { eqeqeq: "off", "no-useless-catch": "off", "no-unassigned-vars": "off", "no-loss-of-precision": "off" },
  },
  {
    files: ["src/host/**/*.d.ts", "transpiler/stubs/**", "transpiler/lib/**/*.d.ts", "test/compiler/host/**/*.d.ts"],
    // Declarations of what Python or the runtime provides: `declare var` is how a global is declared.
    rules: { "@typescript-eslint/no-explicit-any": "off", "no-var": "off" },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    languageOptions: {
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
        document: "readonly",
        window: "readonly",
        fetch: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        setInterval: "readonly",
        clearInterval: "readonly",
        URLSearchParams: "readonly",
        FormData: "readonly",
        Date: "readonly",
      },
    },
  },
);
