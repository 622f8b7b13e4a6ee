// `Base.make` read on an imported class itself, whose own make reads no `this` (review S45V, L3).
import { Base } from "./review-s45v-library";
export function testImportedBase(): unknown {
  return [1].map(Base.make);
}
