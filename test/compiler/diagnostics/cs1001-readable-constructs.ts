// Constructs without a transform are named as a TypeScript developer knows them, with what to write
// instead (the message named ts-morph's syntax kinds: `MetaProperty`, `TaggedTemplateExpression`).
export class AppError extends Error {
  constructor(message: string) {
    super(message);
    // (`this.name = new.target.name` compiles: see differential/new-target-name.ts.)
    if (new.target === AppError) this.name = "Plain";
  }
}

const Point = class {
  x = 1;
};

export function main(): string {
  debugger;
  return String.raw`a\nb` + new Point().x + String(void 0);
}
