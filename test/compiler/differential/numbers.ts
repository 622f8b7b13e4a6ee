// Numbers: printing, arithmetic and conversions where Python would differ.
export function testIntegerToString(): string { return String(42); }
export function testNegativeZeroToString(): string { return String(-0); }
export function testFloatToString(): string { return String(2.5); }
export function testLargeExponent(): string { return String(1e21); }
export function testJustBelowExponent(): string { return String(1e20); }
export function testSmallExponent(): string { return String(1e-7); }
export function testSmallDecimal(): string { return String(0.000001); }
export function testPointOnePlusPointTwo(): string { return String(0.1 + 0.2); }
export function testThird(): string { return String(1 / 3); }
export function testHugeProduct(): string { return String(1e300 * 1e10); }
export function testTinyNumber(): string { return String(5e-324); }
export function testMaxSafe(): string { return String(Number.MAX_SAFE_INTEGER); }
export function testTwoToFiftyThree(): string { return String(2 ** 53); }
export function testHexLiteral(): number { return 0xff; }
export function testOctalLiteral(): number { return 0o17; }
export function testBinaryLiteral(): number { return 0b1011; }
export function testSeparatorLiteral(): number { return 1_000_000; }
export function testTemplateNumber(): string { const n = 3; return `n=${n}`; }
export function testTemplateFloat(): string { const n = 3.0; return `n=${n}`; }
export function testConcatNumber(): string { return "v" + 7.5; }
export function testConcatNumberFirst(): string { return 1 + 2 + "x"; }
export function testDivisionExact(): number { return 6 / 3; }
export function testDivisionFraction(): number { return 7 / 2; }
export function testDivisionByZero(): string { const zero = 0; return String(1 / zero); }
export function testNegativeDivisionByZero(): string { const zero = 0; return String(-1 / zero); }
export function testZeroByZero(): string { const zero = 0; return String(zero / zero); }
export function testRemainderPositive(): number { return 7 % 3; }
export function testRemainderNegativeDividend(): number { return -7 % 3; }
export function testRemainderNegativeDivisor(): number { return 7 % -3; }
export function testRemainderFloat(): number { return 5.5 % 2; }
export function testRemainderNegativeFloat(): number { return -5.5 % 2; }
export function testRemainderByZero(): string { const zero = 0; return String(5 % zero); }
export function testPower(): number { return 2 ** 10; }
export function testNegativePower(): number { return 2 ** -1; }
export function testRoundHalfUp(): number { return Math.round(2.5); }
export function testRoundNegativeHalf(): number { return Math.round(-2.5); }
export function testRoundAlmostHalf(): number { return Math.round(0.49999999999999994); }
export function testRoundNegativeSmall(): string { return String(Math.round(-0.4)); }
export function testFloorNegative(): number { return Math.floor(-1.5); }
export function testCeil(): number { return Math.ceil(1.2); }
export function testTruncNegative(): number { return Math.trunc(-1.7); }
export function testAbs(): number { return Math.abs(-3.5); }
export function testMax(): number { return Math.max(1, 5, 3); }
export function testMinNegative(): number { return Math.min(4, -2); }
export function testMaxNoArguments(): string { return String(Math.max()); }
export function testMinWithNaN(): string { return String(Math.min(1, NaN)); }
export function testRandomRange(): boolean { const r = Math.random(); return r >= 0 && r < 1; }
export function testNumberFromPaddedText(): number { return Number("  12 "); }
export function testNumberFromEmpty(): number { return Number(""); }
export function testNumberFromHex(): number { return Number("0x1f"); }
export function testNumberFromExponent(): number { return Number("1e3"); }
export function testNumberFromWord(): string { return String(Number("abc")); }
export function testNumberFromPartial(): string { return String(Number("12px")); }
export function testNumberFromNegativeDecimal(): number { return Number(" -4.50 "); }
export function testNumberFromTrue(): number { return Number(true); }
export function testNumberFromInfinity(): string { return String(Number("-Infinity")); }
export function testParseIntPartial(): number { return parseInt("42px"); }
export function testParseIntHex(): number { return parseInt("0x1A"); }
export function testParseIntRadix(): number { return parseInt("ff", 16); }
export function testParseIntNegative(): number { return parseInt("-17", 10); }
export function testParseIntDecimal(): number { return parseInt("3.9"); }
export function testParseIntGarbage(): string { return String(parseInt("abc")); }
export function testParseFloatPartial(): number { return parseFloat("3.14abc"); }
export function testParseFloatLeadingDot(): number { return parseFloat(".5"); }
export function testParseFloatExponent(): number { return parseFloat("2e3x"); }
export function testIsInteger(): boolean[] { return [Number.isInteger(5), Number.isInteger(5.5), Number.isInteger(5.0), Number.isInteger(Infinity)]; }
export function testIsSafeInteger(): boolean[] { return [Number.isSafeInteger(2 ** 53), Number.isSafeInteger(2 ** 53 - 1)]; }
export function testIsNaNGlobal(): boolean[] { return [isNaN(NaN), isNaN(1), Number.isNaN(0 / 0)]; }
export function testIsFinite(): boolean[] { return [Number.isFinite(1 / 0), Number.isFinite(1)]; }
export function testCompoundAssignment(): number { let counter = 0; counter += 2; counter *= 3; counter -= 1; counter++; counter--; counter++; return counter; }
export function testNaNNotEqualItself(): boolean { const value = NaN; return value === value; }
export function testComparisonChain(): boolean[] { const a = 1; const b = 2; const c = 3; return [a < b && b < c, a > b, b >= 2, c <= 2]; }
export function testUnaryPlus(): number { const text = "5"; return +text + 1; }
export function testNegation(): number { const value = 4; return -value; }
export function testIntegerJson(): string { return JSON.stringify([1.0, 2.50, -0, 1e21, 1e-7]); }
export function testNaNJson(): string { return JSON.stringify({ a: NaN, b: Infinity }); }
