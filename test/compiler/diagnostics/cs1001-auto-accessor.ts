// An auto-accessor is a getter and a setter over hidden storage: its initializer fills the storage
// without running a subclass's setter, and the name is no own property. Refused.
export class Counter {
  accessor count = 1;
}
