/**
 * The one-argument Math functions the runtime computes with its port of V8's fdlibm
 * (transpiler/runtime/js_fdlibm.py), each compiled to js_<name>. The builtins table, the runtime's
 * tests and the generative fuzzer all take the list from here.
 */
export const FDLIBM_FUNCTIONS = [
  "sin",
  "cos",
  "tan",
  "asin",
  "acos",
  "atan",
  "exp",
  "expm1",
  "log",
  "log1p",
  "log2",
  "log10",
  "cbrt",
  "sinh",
  "cosh",
  "tanh",
  "asinh",
  "acosh",
  "atanh",
] as const;
