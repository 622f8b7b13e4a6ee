// `this` in a `function`: its `this` is whatever each call supplies, which a compiled Python
// function cannot receive. A `this: void` parameter that is never read compiles.

interface Counter {
  count: number;
  add(step: number): number;
}

function add(this: Counter, step: number): number {
  return this.count + step;
}

export const counter: Counter = { count: 1, add };
export const sum = counter.add(2);

export const loose = {
  count: 2,
  add: function (step: number): number {
    return this.count + step;
  },
};

function twice(this: void, value: number): number {
  return value * 2;
}

export const doubled = twice(4);
