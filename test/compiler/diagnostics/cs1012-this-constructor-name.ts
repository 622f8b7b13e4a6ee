// `this.name = this.constructor.name`, the usual base class of errors: the message names what keeps the
// meaning (each class its own name), where naming the base class would give every subclass its name.
export class BaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = this.constructor.name;
  }
}
