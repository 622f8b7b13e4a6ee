// A nested object pattern defaulting to an empty literal where the member's type has a required
// member: the value is the member's object or `{}`, a dict either way (review S46B, F4: refused).
interface Options {
  retry?: { attempts?: number; delay: number };
  label?: string;
}
function settings(options: Options): unknown {
  const { retry: { attempts = 3 } = {}, label = "none" } = options;
  return [attempts, label];
}
export function testNestedEmptyDefault(): unknown {
  return [settings({}), settings({ retry: { delay: 5 } }), settings({ retry: { attempts: 1, delay: 2 }, label: "x" })];
}
