// The instance given to a `let` function that the program gives another function (review S54A, F7).
interface Named { label(): string; }
let inspect = (n: Named): string => "quiet";
inspect = (n: Named): string => n.label();
class Host implements Named {
  seen = inspect(this);
  name: string | null = "H";
  label(): string { return `n=${this.name}`; }
}
export function testLetReassigned(): string { return new Host().seen; }
