export function read(value: any): unknown {
  return value.field;
}
