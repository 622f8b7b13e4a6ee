import * as path from "node:path";

/** Declarations of the globals the runtime provides beyond ES2022 (`console`). */
export const GLOBALS_DECLARATION = path.resolve(__dirname, "..", "lib", "console.d.ts");
