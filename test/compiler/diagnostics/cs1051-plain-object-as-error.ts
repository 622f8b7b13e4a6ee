// `Error` is an interface in lib.d.ts, so TypeScript takes an object literal for it; compiled, the
// literal is a dict, not an exception, and `e.message` / `e.name` read it as one.
function report(error: Error): string {
  return `${error.name}:${error.message}`;
}

type Coded = Error & { code: number };

export function main(): string {
  const plain: Error = { name: "HttpError", message: "nope" };
  const coded: Coded = { name: "HttpError", message: "gone", code: 410 };
  return report(plain) + report({ name: "Inline", message: "x" }) + coded.code;
}
