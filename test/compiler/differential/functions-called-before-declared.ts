// A function declaration called before the statement that declares it, at a function's or the
// module's own top level: JavaScript defines it when the block starts, so the compiled `def` is
// moved up wherever code before it may run it — directly, through a `try` whose `catch` would have
// taken Python's NameError for the program's own error (review S57D), or through the declarations
// it calls, or a class whose method it runs. A helper called only by functions declared above it
// stays where it is written.
const greeting = greet("module");
function greet(name: string): string {
  return `hi ${name}${suffix()}`;
}
function suffix(): string {
  return "!";
}
function throughATry(): string {
  try {
    return helper();
  } catch {
    return "caught";
  }
  function helper(): string {
    return "ran";
  }
}
function beforeItsStatement(): string {
  let result = "";
  try {
    result = later();
  } catch {
    result = "caught";
  }
  function later(): string {
    return "later";
  }
  return result;
}
function throughDeclarations(): number {
  const total = sum();
  return total;
  function sum(): number {
    return add(1) + 1;
  }
  function add(n: number): number {
    return n * 10;
  }
}
function throughAnArrow(): string {
  const first = (() => twice("a"))();
  function twice(text: string): string {
    return text + text;
  }
  return first;
}
function inOrder(): string {
  function outer(): string {
    return inner();
  }
  function inner(): string {
    return "in";
  }
  return outer();
}
function throughBranches(n: number): string[] {
  const seen: string[] = [];
  if (n > 0) {
    seen.push(positive(n));
  } else {
    seen.push("negative");
  }
  function positive(k: number): string {
    return `positive ${k}`;
  }
  return seen;
}
export function testModuleLevel(): string {
  return greeting;
}
export function testInsideFunctions(): unknown[] {
  return [throughATry(), beforeItsStatement(), throughDeclarations(), throughAnArrow(), inOrder(), throughBranches(2), throughBranches(-1)];
}
class Shape {
  area(): number {
    return unit() * 4;
  }
}
const shapeArea = new Shape().area();
function unit(): number {
  return 2;
}
export function testThroughAClass(): number {
  return shapeArea;
}
