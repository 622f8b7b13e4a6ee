// A barrel that re-exports a class as a type only: importers get it from the declaring module.
export type { Shape } from "./type-only-class-library";
export type { Shape as Figure } from "./type-only-class-library";
