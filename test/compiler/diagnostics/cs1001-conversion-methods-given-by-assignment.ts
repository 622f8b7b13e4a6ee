// A toString or valueOf an object is given by assignment, where nothing compiled would call it:
// a class without its own toString (String() gives Object's text), an Error subclass, any valueOf.
// (A class that declares toString reads the instance's as it is when called: review21-to-string-replaced.)
class Plain {
  size = 1;
}
class Failure extends Error {}
class Labelled {
  toString(): string {
    return "label";
  }
}
export function patched(): string[] {
  const plain = new Plain();
  plain.toString = () => "plain";
  const failure = new Failure("m");
  failure.toString = () => "failure";
  const labelled = new Labelled();
  labelled.toString = () => "fine";
  labelled.valueOf = () => 42;
  return [String(plain), String(failure), String(labelled)];
}
