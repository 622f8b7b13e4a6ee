// The other half of cs1069-modules-importing-each-other.ts: it imports the class back.
import { Circle } from "../cs1069-modules-importing-each-other";

export function describe(shape: Circle): string {
  return `circle of ${shape.radius}`;
}
export function unit(): Circle {
  return new Circle(1);
}
