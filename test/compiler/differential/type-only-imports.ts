// A class imported with `import type` (or `import { type Engine }`) named in annotations (a
// parameter, optional fields): the compiled module imports it under `if TYPE_CHECKING:`, so type
// checkers know the name, and nothing runs at load time (review S45R, G9: "Engine" is not defined).
import type { Engine, Point } from "./type-only-imports-library";
import { type Engine as Motor } from "./type-only-imports-library";

export function usesEngine(engine?: Engine): number {
  return engine ? engine.power : 0;
}
class Car {
  engine?: Engine;
  spare: Motor | undefined;
  at?: Point;
}
export function testCar(): unknown {
  const car = new Car();
  car.at = { x: 1, y: 2 };
  return [car.engine === undefined, car.spare === undefined, usesEngine(), usesEngine(car.engine), car.at.x];
}
