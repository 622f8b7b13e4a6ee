// Review S49B, G1: a name the program declares with `declare` and defines nowhere. Node finds it
// among its globals; the compiled Python name raised NameError.
declare function escape(text: string): string;
declare const process: { platform: string };
declare class URLSearchParams {
  constructor(init: string);
  get(name: string): string | null;
}
declare let counter: number;
export function main(): string[] {
  counter += 1;
  return [escape("a b"), process.platform, new URLSearchParams("a=1").get("a") ?? "none"];
}
