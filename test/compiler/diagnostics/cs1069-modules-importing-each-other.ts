// Two modules that import each other when they load, using each other's names only inside
// functions: Node binds the names live; Python's `from .modules.shape_labels import describe` reads
// the name while the other module is still loading, and raises ImportError. Refused at the import.
import { describe } from "./modules/shape-labels";

export class Circle {
  constructor(readonly radius: number) {}
  label(): string {
    return describe(this);
  }
}
