import { Node } from "ts-morph";

/** One read or write of a member of `this` in construction code. */
export interface Touch {
  node: Node;
  name: string;
  written: boolean;
  /**
   * Read by printing the whole instance: a base's print leaves out a subclass's field not defined
   * yet, in Python as in Node; in an initializer, a later field set to None first prints as its
   * list says in JSON ("json": left out unless its type admits null), and console.log shows it
   * (`b: undefined`) where Node has no such key yet ("console").
   */
  whole?: "json" | "console";
  /** The member is called here (`this.m()`, `this.m.call(…)`), so a method's body runs; a method only stored (`onClick = this.m.bind(this)`) runs later. */
  called?: boolean;
  /** `this` handed to code the check cannot follow (an argument, a returned value, an element): it may read any member. */
  handedOver?: boolean;
}

export function isPrivateName(name: string): boolean {
  return name.startsWith("#");
}

/**
 * `#name` means the field of the class whose body the code is written in (a base's `#name` and a
 * subclass's are two fields): the key of a subclass's `#private` field among those not defined yet.
 */
export function privateKey(name: string, writtenIn: Node): string {
  const owner = writtenIn.getFirstAncestor((ancestor) => Node.isClassDeclaration(ancestor) || Node.isClassExpression(ancestor));
  return `${name}@${owner?.getPos() ?? -1}`;
}

/** The key of the field a name means where it is written or declared: the name, or a `#private` field's key of its class (review S57A, R2). */
export function fieldKey(name: string, writtenIn: Node): string {
  return isPrivateName(name) ? privateKey(name, writtenIn) : name;
}
