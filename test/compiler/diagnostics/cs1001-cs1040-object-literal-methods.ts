// Review 20. An object literal's method given for an interface's rest method: a call may leave its
// parameters out (undefined), where its type says string. A method reading `this` in a literal typed
// by an interface whose member is a function-typed property: copies of the object keep it bound.
interface Formatter {
  format(...parts: string[]): string;
}

export const formatter: Formatter = {
  format(first, second) {
    return `${first}|${second}`;
  },
};

interface Named {
  name: string;
  describe: () => string;
}

export const named: Named = {
  name: "a",
  describe() {
    return `I am ${this.name}`;
  },
};
