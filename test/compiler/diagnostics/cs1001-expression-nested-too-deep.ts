// Review 21: a chain of + and - (or of ??, or of /) that the runtime combines is one helper call inside
// the next; past 80 brackets Python 3.8 fails to import the module (MemoryError), so it is refused at
// its line. The shorter chain compiles.
export function alternating(x: number, text: string): string {
  const short = x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x;
  const long = x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x + x - x;
  return text + short + long;
}
