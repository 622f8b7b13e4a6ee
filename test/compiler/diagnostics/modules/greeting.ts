// A module whose function is its default export (compiled as `def greet`).
export default function greet(name: string): string {
  return `hi ${name}`;
}
