/** `npm test` runs this first: every Python the tests need is there, or it stops and says how to get each one. */
import { findPython, REQUIRED_PYTHONS } from "./python";

const missing: string[] = [];
for (const version of REQUIRED_PYTHONS) {
  try {
    console.log(`Python ${version}: ${findPython(version)}`);
  } catch (error) {
    missing.push((error as Error).message);
  }
}
if (missing.length > 0) {
  console.error(`The tests need Python ${REQUIRED_PYTHONS.join(", ")}:\n- ${missing.join("\n- ")}`);
  process.exit(1);
}
