// A case that can still reach its end falls through: an `if` without `else`, an `else` that does not
// end the flow, a nested `switch` without `default` or with a `break` out of it, a `try` whose
// `catch` ends normally. Refused (CS1009), as before.
export function describe(value: number, flag: boolean, inner: string): string {
  let text = "";
  switch (value) {
    case 1:
      if (flag) return "one";
    case 2:
      if (flag) return "two";
      else text += "2";
    case 3:
      switch (inner) {
        case "a":
          return "3a";
      }
    case 4:
      switch (inner) {
        case "a":
          text += "4a";
          break;
        default:
          return "4?";
      }
    case 5:
      try {
        return "5";
      } catch (error) {
        text += "caught";
      }
    default:
      text += "d";
  }
  return text;
}
