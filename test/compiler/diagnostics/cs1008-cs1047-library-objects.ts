// Review 20. The library's Error and RegExp are Python objects: Object.keys, values, entries and
// Object.assign of one cannot list what JavaScript lists (nothing, for `new Error(m)`). A pattern
// that may be a string or a regular expression takes its method only at run time.
export function errorKeys(error: Error): string[] {
  return Object.keys(error);
}

export function patternKeys(): [string, unknown][] {
  return Object.entries(/x/g);
}

export function copiedError(error: Error): object {
  return Object.assign({}, error);
}

export function splitBy(text: string, separator: string | RegExp): string[] {
  return text.split(separator);
}

export function replaceBy(text: string, pattern: string | RegExp): string {
  return text.replace(pattern, "-");
}
