// Code outside a class that names it, run by the class's own static initializer or block: Node's
// class name is not bound outside its body until its statics are made (ReferenceError), where the
// compiled class is (Python reads the value; review S54C, G1). Through a function, a constructor,
// a base class's static method naming its subclass, and code the compiler cannot follow.
function nextOrder(): number {
  try {
    return Order.count + 1;
  } catch (error) {
    return -1;
  }
}
export class Order {
  static count = 1;
  static first = nextOrder();
}
function register(item: Item): number {
  return Item.total + item.size;
}
export class Item {
  static total = 0;
  size = 3;
  registered: number;
  constructor() {
    this.registered = register(this);
  }
  static {
    Item.total = new Item().registered;
  }
}
export class Shape {
  static make(): Shape {
    return new Square();
  }
}
export class Square extends Shape {
  static unit = Square.make();
}
// A function a factory returns names the class only when it is called, once the class is made (Node
// prints 11): refused all the same, as the check counts every function written in code the statics
// run as run by then (it may be given to code that calls it).
function counter(): () => number {
  return () => Tally.start + 1;
}
export class Tally {
  static start = 10;
  static next = counter();
}
export function describe(): string {
  return `${Order.first} ${Item.total} ${Square.unit instanceof Square} ${Tally.next()}`;
}
let pick = (): number => 1;
export function choose(next: () => number): void {
  pick = next;
}
export function countPlans(): number {
  return Plan.all.length;
}
export class Plan {
  static all = [pick()];
}
