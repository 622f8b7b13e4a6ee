export function describe(value: number): string {
  let text = "";
  switch (value) {
    case 1:
      text += "one";
    case 2:
      text += "two";
      break;
    default:
      text = "many";
  }
  return text;
}
