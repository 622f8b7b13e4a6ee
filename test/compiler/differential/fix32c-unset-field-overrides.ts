// An abstract (or `declare`d) optional field that a class in the chain declares plainly is set to
// None by that class's `__init__`: a static of its name in the class body is no collision.

abstract class Tagged {
  abstract tag?: string;
  static other = 1;
}

class Concrete extends Tagged {
  static tag = "T";
  tag?: string;
}

class PlainBase {
  note?: string;
}

class DeclaredNote extends PlainBase {
  static note = "static note";
  declare note?: string;
}

export function testPlainFieldOverridesAbstract(): string[] {
  const g = new Concrete();
  const out = [`A ${g.tag} ${g.tag === undefined} ${Concrete.tag}`];
  g.tag = "own";
  out.push(`B ${g.tag} ${Concrete.tag}`);
  const d = new DeclaredNote();
  out.push(`C ${d.note === undefined} ${d.note ?? "none"} ${DeclaredNote.note}`);
  return out;
}
