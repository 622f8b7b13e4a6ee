interface Point {
  x: number;
  y: number;
}
export class Pixel implements Point {
  x = 0;
  y = 0;
}
