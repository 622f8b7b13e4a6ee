// A default import, written either way: Python's module has `greet`, not `default`, so
// `from .modules.greeting import default as welcome` would fail to load (ImportError) where Node
// runs (review E1, F19: the spelled-out form compiled). Both are refused; export the name instead.
import greet from "./modules/greeting";
import { default as welcome } from "./modules/greeting";

export function greetings(): string[] {
  return [greet("ann"), welcome("bob")];
}
