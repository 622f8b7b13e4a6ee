export class Box {
  size = 1;
}
export function patch(): unknown {
  return Box.prototype;
}
