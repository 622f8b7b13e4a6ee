// Math functions over the numbers where Python and JavaScript part ways: -0, halves, NaN, Infinity, huge values.
// String(1 / x) shows the sign of a zero. Each runs under Node and Python 3.8, 3.11 and 3.13.
export function testMathFloorOfZero422(): string[] {
  const value: number = 0;
  const result = Math.floor(value);
  return [String(result), String(1 / result)];
}
export function testMathFloorOfNegativeZero423(): string[] {
  const value: number = -0;
  const result = Math.floor(value);
  return [String(result), String(1 / result)];
}
export function testMathFloorOfOnePointFive424(): string[] {
  const value: number = 1.5;
  const result = Math.floor(value);
  return [String(result), String(1 / result)];
}
export function testMathFloorOfMinusOnePointFive425(): string[] {
  const value: number = -1.5;
  const result = Math.floor(value);
  return [String(result), String(1 / result)];
}
export function testMathFloorOfTwoPointFive426(): string[] {
  const value: number = 2.5;
  const result = Math.floor(value);
  return [String(result), String(1 / result)];
}
export function testMathFloorOfMinusTwoPointFive427(): string[] {
  const value: number = -2.5;
  const result = Math.floor(value);
  return [String(result), String(1 / result)];
}
export function testMathFloorOfAlmostHalf428(): string[] {
  const value: number = 0.49999999999999994;
  const result = Math.floor(value);
  return [String(result), String(1 / result)];
}
export function testMathFloorOfNaN429(): string[] {
  const value: number = NaN;
  const result = Math.floor(value);
  return [String(result), String(1 / result)];
}
export function testMathFloorOfInfinity430(): string[] {
  const value: number = Infinity;
  const result = Math.floor(value);
  return [String(result), String(1 / result)];
}
export function testMathFloorOfMinusInfinity431(): string[] {
  const value: number = -Infinity;
  const result = Math.floor(value);
  return [String(result), String(1 / result)];
}
export function testMathFloorOfHuge432(): string[] {
  const value: number = 1e300;
  const result = Math.floor(value);
  return [String(result), String(1 / result)];
}
export function testMathFloorOfMinusFour433(): string[] {
  const value: number = -4;
  const result = Math.floor(value);
  return [String(result), String(1 / result)];
}
export function testMathFloorOfPastSafe434(): string[] {
  const value: number = 9007199254740993;
  const result = Math.floor(value);
  return [String(result), String(1 / result)];
}
export function testMathCeilOfZero435(): string[] {
  const value: number = 0;
  const result = Math.ceil(value);
  return [String(result), String(1 / result)];
}
export function testMathCeilOfNegativeZero436(): string[] {
  const value: number = -0;
  const result = Math.ceil(value);
  return [String(result), String(1 / result)];
}
export function testMathCeilOfOnePointFive437(): string[] {
  const value: number = 1.5;
  const result = Math.ceil(value);
  return [String(result), String(1 / result)];
}
export function testMathCeilOfMinusOnePointFive438(): string[] {
  const value: number = -1.5;
  const result = Math.ceil(value);
  return [String(result), String(1 / result)];
}
export function testMathCeilOfTwoPointFive439(): string[] {
  const value: number = 2.5;
  const result = Math.ceil(value);
  return [String(result), String(1 / result)];
}
export function testMathCeilOfMinusTwoPointFive440(): string[] {
  const value: number = -2.5;
  const result = Math.ceil(value);
  return [String(result), String(1 / result)];
}
export function testMathCeilOfAlmostHalf441(): string[] {
  const value: number = 0.49999999999999994;
  const result = Math.ceil(value);
  return [String(result), String(1 / result)];
}
export function testMathCeilOfNaN442(): string[] {
  const value: number = NaN;
  const result = Math.ceil(value);
  return [String(result), String(1 / result)];
}
export function testMathCeilOfInfinity443(): string[] {
  const value: number = Infinity;
  const result = Math.ceil(value);
  return [String(result), String(1 / result)];
}
export function testMathCeilOfMinusInfinity444(): string[] {
  const value: number = -Infinity;
  const result = Math.ceil(value);
  return [String(result), String(1 / result)];
}
export function testMathCeilOfHuge445(): string[] {
  const value: number = 1e300;
  const result = Math.ceil(value);
  return [String(result), String(1 / result)];
}
export function testMathCeilOfMinusFour446(): string[] {
  const value: number = -4;
  const result = Math.ceil(value);
  return [String(result), String(1 / result)];
}
export function testMathCeilOfPastSafe447(): string[] {
  const value: number = 9007199254740993;
  const result = Math.ceil(value);
  return [String(result), String(1 / result)];
}
export function testMathRoundOfZero448(): string[] {
  const value: number = 0;
  const result = Math.round(value);
  return [String(result), String(1 / result)];
}
export function testMathRoundOfNegativeZero449(): string[] {
  const value: number = -0;
  const result = Math.round(value);
  return [String(result), String(1 / result)];
}
export function testMathRoundOfOnePointFive450(): string[] {
  const value: number = 1.5;
  const result = Math.round(value);
  return [String(result), String(1 / result)];
}
export function testMathRoundOfMinusOnePointFive451(): string[] {
  const value: number = -1.5;
  const result = Math.round(value);
  return [String(result), String(1 / result)];
}
export function testMathRoundOfTwoPointFive452(): string[] {
  const value: number = 2.5;
  const result = Math.round(value);
  return [String(result), String(1 / result)];
}
export function testMathRoundOfMinusTwoPointFive453(): string[] {
  const value: number = -2.5;
  const result = Math.round(value);
  return [String(result), String(1 / result)];
}
export function testMathRoundOfAlmostHalf454(): string[] {
  const value: number = 0.49999999999999994;
  const result = Math.round(value);
  return [String(result), String(1 / result)];
}
export function testMathRoundOfNaN455(): string[] {
  const value: number = NaN;
  const result = Math.round(value);
  return [String(result), String(1 / result)];
}
export function testMathRoundOfInfinity456(): string[] {
  const value: number = Infinity;
  const result = Math.round(value);
  return [String(result), String(1 / result)];
}
export function testMathRoundOfMinusInfinity457(): string[] {
  const value: number = -Infinity;
  const result = Math.round(value);
  return [String(result), String(1 / result)];
}
export function testMathRoundOfHuge458(): string[] {
  const value: number = 1e300;
  const result = Math.round(value);
  return [String(result), String(1 / result)];
}
export function testMathRoundOfMinusFour459(): string[] {
  const value: number = -4;
  const result = Math.round(value);
  return [String(result), String(1 / result)];
}
export function testMathRoundOfPastSafe460(): string[] {
  const value: number = 9007199254740993;
  const result = Math.round(value);
  return [String(result), String(1 / result)];
}
export function testMathTruncOfZero461(): string[] {
  const value: number = 0;
  const result = Math.trunc(value);
  return [String(result), String(1 / result)];
}
export function testMathTruncOfNegativeZero462(): string[] {
  const value: number = -0;
  const result = Math.trunc(value);
  return [String(result), String(1 / result)];
}
export function testMathTruncOfOnePointFive463(): string[] {
  const value: number = 1.5;
  const result = Math.trunc(value);
  return [String(result), String(1 / result)];
}
export function testMathTruncOfMinusOnePointFive464(): string[] {
  const value: number = -1.5;
  const result = Math.trunc(value);
  return [String(result), String(1 / result)];
}
export function testMathTruncOfTwoPointFive465(): string[] {
  const value: number = 2.5;
  const result = Math.trunc(value);
  return [String(result), String(1 / result)];
}
export function testMathTruncOfMinusTwoPointFive466(): string[] {
  const value: number = -2.5;
  const result = Math.trunc(value);
  return [String(result), String(1 / result)];
}
export function testMathTruncOfAlmostHalf467(): string[] {
  const value: number = 0.49999999999999994;
  const result = Math.trunc(value);
  return [String(result), String(1 / result)];
}
export function testMathTruncOfNaN468(): string[] {
  const value: number = NaN;
  const result = Math.trunc(value);
  return [String(result), String(1 / result)];
}
export function testMathTruncOfInfinity469(): string[] {
  const value: number = Infinity;
  const result = Math.trunc(value);
  return [String(result), String(1 / result)];
}
export function testMathTruncOfMinusInfinity470(): string[] {
  const value: number = -Infinity;
  const result = Math.trunc(value);
  return [String(result), String(1 / result)];
}
export function testMathTruncOfHuge471(): string[] {
  const value: number = 1e300;
  const result = Math.trunc(value);
  return [String(result), String(1 / result)];
}
export function testMathTruncOfMinusFour472(): string[] {
  const value: number = -4;
  const result = Math.trunc(value);
  return [String(result), String(1 / result)];
}
export function testMathTruncOfPastSafe473(): string[] {
  const value: number = 9007199254740993;
  const result = Math.trunc(value);
  return [String(result), String(1 / result)];
}
export function testMathAbsOfZero474(): string[] {
  const value: number = 0;
  const result = Math.abs(value);
  return [String(result), String(1 / result)];
}
export function testMathAbsOfNegativeZero475(): string[] {
  const value: number = -0;
  const result = Math.abs(value);
  return [String(result), String(1 / result)];
}
export function testMathAbsOfOnePointFive476(): string[] {
  const value: number = 1.5;
  const result = Math.abs(value);
  return [String(result), String(1 / result)];
}
export function testMathAbsOfMinusOnePointFive477(): string[] {
  const value: number = -1.5;
  const result = Math.abs(value);
  return [String(result), String(1 / result)];
}
export function testMathAbsOfTwoPointFive478(): string[] {
  const value: number = 2.5;
  const result = Math.abs(value);
  return [String(result), String(1 / result)];
}
export function testMathAbsOfMinusTwoPointFive479(): string[] {
  const value: number = -2.5;
  const result = Math.abs(value);
  return [String(result), String(1 / result)];
}
export function testMathAbsOfAlmostHalf480(): string[] {
  const value: number = 0.49999999999999994;
  const result = Math.abs(value);
  return [String(result), String(1 / result)];
}
export function testMathAbsOfNaN481(): string[] {
  const value: number = NaN;
  const result = Math.abs(value);
  return [String(result), String(1 / result)];
}
export function testMathAbsOfInfinity482(): string[] {
  const value: number = Infinity;
  const result = Math.abs(value);
  return [String(result), String(1 / result)];
}
export function testMathAbsOfMinusInfinity483(): string[] {
  const value: number = -Infinity;
  const result = Math.abs(value);
  return [String(result), String(1 / result)];
}
export function testMathAbsOfHuge484(): string[] {
  const value: number = 1e300;
  const result = Math.abs(value);
  return [String(result), String(1 / result)];
}
export function testMathAbsOfMinusFour485(): string[] {
  const value: number = -4;
  const result = Math.abs(value);
  return [String(result), String(1 / result)];
}
export function testMathAbsOfPastSafe486(): string[] {
  const value: number = 9007199254740993;
  const result = Math.abs(value);
  return [String(result), String(1 / result)];
}
export function testMathSqrtOfZero487(): string[] {
  const value: number = 0;
  const result = Math.sqrt(value);
  return [String(result), String(1 / result)];
}
export function testMathSqrtOfNegativeZero488(): string[] {
  const value: number = -0;
  const result = Math.sqrt(value);
  return [String(result), String(1 / result)];
}
export function testMathSqrtOfOnePointFive489(): string[] {
  const value: number = 1.5;
  const result = Math.sqrt(value);
  return [String(result), String(1 / result)];
}
export function testMathSqrtOfMinusOnePointFive490(): string[] {
  const value: number = -1.5;
  const result = Math.sqrt(value);
  return [String(result), String(1 / result)];
}
export function testMathSqrtOfTwoPointFive491(): string[] {
  const value: number = 2.5;
  const result = Math.sqrt(value);
  return [String(result), String(1 / result)];
}
export function testMathSqrtOfMinusTwoPointFive492(): string[] {
  const value: number = -2.5;
  const result = Math.sqrt(value);
  return [String(result), String(1 / result)];
}
export function testMathSqrtOfAlmostHalf493(): string[] {
  const value: number = 0.49999999999999994;
  const result = Math.sqrt(value);
  return [String(result), String(1 / result)];
}
export function testMathSqrtOfNaN494(): string[] {
  const value: number = NaN;
  const result = Math.sqrt(value);
  return [String(result), String(1 / result)];
}
export function testMathSqrtOfInfinity495(): string[] {
  const value: number = Infinity;
  const result = Math.sqrt(value);
  return [String(result), String(1 / result)];
}
export function testMathSqrtOfMinusInfinity496(): string[] {
  const value: number = -Infinity;
  const result = Math.sqrt(value);
  return [String(result), String(1 / result)];
}
export function testMathSqrtOfHuge497(): string[] {
  const value: number = 1e300;
  const result = Math.sqrt(value);
  return [String(result), String(1 / result)];
}
export function testMathSqrtOfMinusFour498(): string[] {
  const value: number = -4;
  const result = Math.sqrt(value);
  return [String(result), String(1 / result)];
}
export function testMathSqrtOfPastSafe499(): string[] {
  const value: number = 9007199254740993;
  const result = Math.sqrt(value);
  return [String(result), String(1 / result)];
}
