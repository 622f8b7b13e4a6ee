// Built-ins refused with what to write instead (review 19): freezing, which the runtime lacks, and Math's functions chosen by `?:` and then called, which were told they were
// "passed or stored rather than called".
export function frozen(): number[] {
  return Object.freeze([1, 2]).slice();
}

export function largerOrSmaller(up: boolean): number {
  return (up ? Math.max : Math.min)(3, 4);
}
