// A generic function whose type parameter is constrained to data copies its argument by a spread
// and gives the copy back (review S59C, E): the copy is a dict, and the caller reads it as its
// argument's type. Given an object literal with methods or accessors, the caller reads the copy's
// members by attribute, which a dict has not (AttributeError, where Node reads the copied value).
function cloneShape<T extends { width: number }>(shape: T): T {
  return { ...shape };
}

function withLabel<T extends { width: number }>(shape: T) {
  return { ...shape, label: "copy" };
}

const square = {
  width: 2,
  get area(): number {
    return this.width * this.width;
  },
  grow(): number {
    return this.width + 1;
  },
};

export function copies(): unknown[] {
  const copy = cloneShape(square);
  const labelled = withLabel(square);
  return [copy.area, labelled.grow()];
}

// A data literal is a dict in both places: nothing to refuse.
export function copiesData(): number {
  return cloneShape({ width: 3 }).width;
}
