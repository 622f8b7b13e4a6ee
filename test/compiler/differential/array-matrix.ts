// One case per array method, arity and receiver: empty, NaN, -0, repeated values.
// Each runs under Node and, compiled, under Python 3.8, 3.11 and 3.13 (differential.test.ts).
export function testLengthOfEmpty302(): unknown[] {
  const values: number[] = [];
  return [values.length];
}
export function testSliceOfEmpty303(): unknown[] {
  const values: number[] = [];
  return [values.slice()];
}
export function testSliceOfEmpty304(): unknown[] {
  const values: number[] = [];
  return [values.slice(1)];
}
export function testSliceOfEmpty305(): unknown[] {
  const values: number[] = [];
  return [values.slice(-2)];
}
export function testSliceOfEmpty306(): unknown[] {
  const values: number[] = [];
  return [values.slice(1, -1)];
}
export function testIndexOfOfEmpty307(): unknown[] {
  const values: number[] = [];
  return [values.indexOf(2)];
}
export function testIndexOfOfEmpty308(): unknown[] {
  const values: number[] = [];
  return [values.indexOf(2, 2)];
}
export function testLastIndexOfOfEmpty309(): unknown[] {
  const values: number[] = [];
  return [values.lastIndexOf(2)];
}
export function testIncludesOfEmpty310(): unknown[] {
  const values: number[] = [];
  return [values.includes(NaN)];
}
export function testIncludesOfEmpty311(): unknown[] {
  const values: number[] = [];
  return [values.includes(0)];
}
export function testAtOfEmpty312(): unknown[] {
  const values: number[] = [];
  return [values.at(-1)];
}
export function testJoinOfEmpty313(): unknown[] {
  const values: number[] = [];
  return [values.join()];
}
export function testJoinOfEmpty314(): unknown[] {
  const values: number[] = [];
  return [values.join("-")];
}
export function testConcatOfEmpty315(): unknown[] {
  const values: number[] = [];
  return [values.concat([4])];
}
export function testFlatOfEmpty316(): unknown[] {
  const values: number[] = [];
  return [values.flat()];
}
export function testCopyreverseOfEmpty317(): unknown[] {
  const values: number[] = [];
  return [[...values].reverse()];
}
export function testCopysortOfEmpty318(): unknown[] {
  const values: number[] = [];
  return [[...values].sort()];
}
export function testMapOfEmpty319(): unknown[] {
  const values: number[] = [];
  return [values.map((value) => value * 2)];
}
export function testFilterOfEmpty320(): unknown[] {
  const values: number[] = [];
  return [values.filter((value) => value > 1)];
}
export function testSomeOfEmpty321(): unknown[] {
  const values: number[] = [];
  return [values.some((value) => value === 0)];
}
export function testEveryOfEmpty322(): unknown[] {
  const values: number[] = [];
  return [values.every((value) => value >= 0)];
}
export function testFindIndexOfEmpty323(): unknown[] {
  const values: number[] = [];
  return [values.findIndex((value) => value < 2)];
}
export function testReduceOfEmpty324(): unknown[] {
  const values: number[] = [];
  return [values.reduce((total, value) => total + value, 0)];
}
export function testIndexOfOfEmpty325(): unknown[] {
  const values: number[] = [];
  return [values.indexOf(-0)];
}
export function testLengthOfOneTwoThree326(): unknown[] {
  const values: number[] = [1, 2, 3];
  return [values.length];
}
export function testSliceOfOneTwoThree327(): unknown[] {
  const values: number[] = [1, 2, 3];
  return [values.slice()];
}
export function testSliceOfOneTwoThree328(): unknown[] {
  const values: number[] = [1, 2, 3];
  return [values.slice(1)];
}
export function testSliceOfOneTwoThree329(): unknown[] {
  const values: number[] = [1, 2, 3];
  return [values.slice(-2)];
}
export function testSliceOfOneTwoThree330(): unknown[] {
  const values: number[] = [1, 2, 3];
  return [values.slice(1, -1)];
}
export function testIndexOfOfOneTwoThree331(): unknown[] {
  const values: number[] = [1, 2, 3];
  return [values.indexOf(2)];
}
export function testIndexOfOfOneTwoThree332(): unknown[] {
  const values: number[] = [1, 2, 3];
  return [values.indexOf(2, 2)];
}
export function testLastIndexOfOfOneTwoThree333(): unknown[] {
  const values: number[] = [1, 2, 3];
  return [values.lastIndexOf(2)];
}
export function testIncludesOfOneTwoThree334(): unknown[] {
  const values: number[] = [1, 2, 3];
  return [values.includes(NaN)];
}
export function testIncludesOfOneTwoThree335(): unknown[] {
  const values: number[] = [1, 2, 3];
  return [values.includes(0)];
}
export function testAtOfOneTwoThree336(): unknown[] {
  const values: number[] = [1, 2, 3];
  return [values.at(-1)];
}
export function testJoinOfOneTwoThree337(): unknown[] {
  const values: number[] = [1, 2, 3];
  return [values.join()];
}
export function testJoinOfOneTwoThree338(): unknown[] {
  const values: number[] = [1, 2, 3];
  return [values.join("-")];
}
export function testConcatOfOneTwoThree339(): unknown[] {
  const values: number[] = [1, 2, 3];
  return [values.concat([4])];
}
export function testFlatOfOneTwoThree340(): unknown[] {
  const values: number[] = [1, 2, 3];
  return [values.flat()];
}
export function testCopyreverseOfOneTwoThree341(): unknown[] {
  const values: number[] = [1, 2, 3];
  return [[...values].reverse()];
}
export function testCopysortOfOneTwoThree342(): unknown[] {
  const values: number[] = [1, 2, 3];
  return [[...values].sort()];
}
export function testMapOfOneTwoThree343(): unknown[] {
  const values: number[] = [1, 2, 3];
  return [values.map((value) => value * 2)];
}
export function testFilterOfOneTwoThree344(): unknown[] {
  const values: number[] = [1, 2, 3];
  return [values.filter((value) => value > 1)];
}
export function testSomeOfOneTwoThree345(): unknown[] {
  const values: number[] = [1, 2, 3];
  return [values.some((value) => value === 0)];
}
export function testEveryOfOneTwoThree346(): unknown[] {
  const values: number[] = [1, 2, 3];
  return [values.every((value) => value >= 0)];
}
export function testFindIndexOfOneTwoThree347(): unknown[] {
  const values: number[] = [1, 2, 3];
  return [values.findIndex((value) => value < 2)];
}
export function testReduceOfOneTwoThree348(): unknown[] {
  const values: number[] = [1, 2, 3];
  return [values.reduce((total, value) => total + value, 0)];
}
export function testIndexOfOfOneTwoThree349(): unknown[] {
  const values: number[] = [1, 2, 3];
  return [values.indexOf(-0)];
}
export function testLengthOfWithNaN350(): unknown[] {
  const values: number[] = [3, 1, 2, NaN];
  return [values.length];
}
export function testSliceOfWithNaN351(): unknown[] {
  const values: number[] = [3, 1, 2, NaN];
  return [values.slice()];
}
export function testSliceOfWithNaN352(): unknown[] {
  const values: number[] = [3, 1, 2, NaN];
  return [values.slice(1)];
}
export function testSliceOfWithNaN353(): unknown[] {
  const values: number[] = [3, 1, 2, NaN];
  return [values.slice(-2)];
}
export function testSliceOfWithNaN354(): unknown[] {
  const values: number[] = [3, 1, 2, NaN];
  return [values.slice(1, -1)];
}
export function testIndexOfOfWithNaN355(): unknown[] {
  const values: number[] = [3, 1, 2, NaN];
  return [values.indexOf(2)];
}
export function testIndexOfOfWithNaN356(): unknown[] {
  const values: number[] = [3, 1, 2, NaN];
  return [values.indexOf(2, 2)];
}
export function testLastIndexOfOfWithNaN357(): unknown[] {
  const values: number[] = [3, 1, 2, NaN];
  return [values.lastIndexOf(2)];
}
export function testIncludesOfWithNaN358(): unknown[] {
  const values: number[] = [3, 1, 2, NaN];
  return [values.includes(NaN)];
}
export function testIncludesOfWithNaN359(): unknown[] {
  const values: number[] = [3, 1, 2, NaN];
  return [values.includes(0)];
}
export function testAtOfWithNaN360(): unknown[] {
  const values: number[] = [3, 1, 2, NaN];
  return [values.at(-1)];
}
export function testJoinOfWithNaN361(): unknown[] {
  const values: number[] = [3, 1, 2, NaN];
  return [values.join()];
}
export function testJoinOfWithNaN362(): unknown[] {
  const values: number[] = [3, 1, 2, NaN];
  return [values.join("-")];
}
export function testConcatOfWithNaN363(): unknown[] {
  const values: number[] = [3, 1, 2, NaN];
  return [values.concat([4])];
}
export function testFlatOfWithNaN364(): unknown[] {
  const values: number[] = [3, 1, 2, NaN];
  return [values.flat()];
}
export function testCopyreverseOfWithNaN365(): unknown[] {
  const values: number[] = [3, 1, 2, NaN];
  return [[...values].reverse()];
}
export function testCopysortOfWithNaN366(): unknown[] {
  const values: number[] = [3, 1, 2, NaN];
  return [[...values].sort()];
}
export function testMapOfWithNaN367(): unknown[] {
  const values: number[] = [3, 1, 2, NaN];
  return [values.map((value) => value * 2)];
}
export function testFilterOfWithNaN368(): unknown[] {
  const values: number[] = [3, 1, 2, NaN];
  return [values.filter((value) => value > 1)];
}
export function testSomeOfWithNaN369(): unknown[] {
  const values: number[] = [3, 1, 2, NaN];
  return [values.some((value) => value === 0)];
}
export function testEveryOfWithNaN370(): unknown[] {
  const values: number[] = [3, 1, 2, NaN];
  return [values.every((value) => value >= 0)];
}
export function testFindIndexOfWithNaN371(): unknown[] {
  const values: number[] = [3, 1, 2, NaN];
  return [values.findIndex((value) => value < 2)];
}
export function testReduceOfWithNaN372(): unknown[] {
  const values: number[] = [3, 1, 2, NaN];
  return [values.reduce((total, value) => total + value, 0)];
}
export function testIndexOfOfWithNaN373(): unknown[] {
  const values: number[] = [3, 1, 2, NaN];
  return [values.indexOf(-0)];
}
export function testLengthOfZeros374(): unknown[] {
  const values: number[] = [-0, 0, 10, 9];
  return [values.length];
}
export function testSliceOfZeros375(): unknown[] {
  const values: number[] = [-0, 0, 10, 9];
  return [values.slice()];
}
export function testSliceOfZeros376(): unknown[] {
  const values: number[] = [-0, 0, 10, 9];
  return [values.slice(1)];
}
export function testSliceOfZeros377(): unknown[] {
  const values: number[] = [-0, 0, 10, 9];
  return [values.slice(-2)];
}
export function testSliceOfZeros378(): unknown[] {
  const values: number[] = [-0, 0, 10, 9];
  return [values.slice(1, -1)];
}
export function testIndexOfOfZeros379(): unknown[] {
  const values: number[] = [-0, 0, 10, 9];
  return [values.indexOf(2)];
}
export function testIndexOfOfZeros380(): unknown[] {
  const values: number[] = [-0, 0, 10, 9];
  return [values.indexOf(2, 2)];
}
export function testLastIndexOfOfZeros381(): unknown[] {
  const values: number[] = [-0, 0, 10, 9];
  return [values.lastIndexOf(2)];
}
export function testIncludesOfZeros382(): unknown[] {
  const values: number[] = [-0, 0, 10, 9];
  return [values.includes(NaN)];
}
export function testIncludesOfZeros383(): unknown[] {
  const values: number[] = [-0, 0, 10, 9];
  return [values.includes(0)];
}
export function testAtOfZeros384(): unknown[] {
  const values: number[] = [-0, 0, 10, 9];
  return [values.at(-1)];
}
export function testJoinOfZeros385(): unknown[] {
  const values: number[] = [-0, 0, 10, 9];
  return [values.join()];
}
export function testJoinOfZeros386(): unknown[] {
  const values: number[] = [-0, 0, 10, 9];
  return [values.join("-")];
}
export function testConcatOfZeros387(): unknown[] {
  const values: number[] = [-0, 0, 10, 9];
  return [values.concat([4])];
}
export function testFlatOfZeros388(): unknown[] {
  const values: number[] = [-0, 0, 10, 9];
  return [values.flat()];
}
export function testCopyreverseOfZeros389(): unknown[] {
  const values: number[] = [-0, 0, 10, 9];
  return [[...values].reverse()];
}
export function testCopysortOfZeros390(): unknown[] {
  const values: number[] = [-0, 0, 10, 9];
  return [[...values].sort()];
}
export function testMapOfZeros391(): unknown[] {
  const values: number[] = [-0, 0, 10, 9];
  return [values.map((value) => value * 2)];
}
export function testFilterOfZeros392(): unknown[] {
  const values: number[] = [-0, 0, 10, 9];
  return [values.filter((value) => value > 1)];
}
export function testSomeOfZeros393(): unknown[] {
  const values: number[] = [-0, 0, 10, 9];
  return [values.some((value) => value === 0)];
}
export function testEveryOfZeros394(): unknown[] {
  const values: number[] = [-0, 0, 10, 9];
  return [values.every((value) => value >= 0)];
}
export function testFindIndexOfZeros395(): unknown[] {
  const values: number[] = [-0, 0, 10, 9];
  return [values.findIndex((value) => value < 2)];
}
export function testReduceOfZeros396(): unknown[] {
  const values: number[] = [-0, 0, 10, 9];
  return [values.reduce((total, value) => total + value, 0)];
}
export function testIndexOfOfZeros397(): unknown[] {
  const values: number[] = [-0, 0, 10, 9];
  return [values.indexOf(-0)];
}
export function testLengthOfRepeated398(): unknown[] {
  const values: number[] = [2, 2, 1];
  return [values.length];
}
export function testSliceOfRepeated399(): unknown[] {
  const values: number[] = [2, 2, 1];
  return [values.slice()];
}
export function testSliceOfRepeated400(): unknown[] {
  const values: number[] = [2, 2, 1];
  return [values.slice(1)];
}
export function testSliceOfRepeated401(): unknown[] {
  const values: number[] = [2, 2, 1];
  return [values.slice(-2)];
}
export function testSliceOfRepeated402(): unknown[] {
  const values: number[] = [2, 2, 1];
  return [values.slice(1, -1)];
}
export function testIndexOfOfRepeated403(): unknown[] {
  const values: number[] = [2, 2, 1];
  return [values.indexOf(2)];
}
export function testIndexOfOfRepeated404(): unknown[] {
  const values: number[] = [2, 2, 1];
  return [values.indexOf(2, 2)];
}
export function testLastIndexOfOfRepeated405(): unknown[] {
  const values: number[] = [2, 2, 1];
  return [values.lastIndexOf(2)];
}
export function testIncludesOfRepeated406(): unknown[] {
  const values: number[] = [2, 2, 1];
  return [values.includes(NaN)];
}
export function testIncludesOfRepeated407(): unknown[] {
  const values: number[] = [2, 2, 1];
  return [values.includes(0)];
}
export function testAtOfRepeated408(): unknown[] {
  const values: number[] = [2, 2, 1];
  return [values.at(-1)];
}
export function testJoinOfRepeated409(): unknown[] {
  const values: number[] = [2, 2, 1];
  return [values.join()];
}
export function testJoinOfRepeated410(): unknown[] {
  const values: number[] = [2, 2, 1];
  return [values.join("-")];
}
export function testConcatOfRepeated411(): unknown[] {
  const values: number[] = [2, 2, 1];
  return [values.concat([4])];
}
export function testFlatOfRepeated412(): unknown[] {
  const values: number[] = [2, 2, 1];
  return [values.flat()];
}
export function testCopyreverseOfRepeated413(): unknown[] {
  const values: number[] = [2, 2, 1];
  return [[...values].reverse()];
}
export function testCopysortOfRepeated414(): unknown[] {
  const values: number[] = [2, 2, 1];
  return [[...values].sort()];
}
export function testMapOfRepeated415(): unknown[] {
  const values: number[] = [2, 2, 1];
  return [values.map((value) => value * 2)];
}
export function testFilterOfRepeated416(): unknown[] {
  const values: number[] = [2, 2, 1];
  return [values.filter((value) => value > 1)];
}
export function testSomeOfRepeated417(): unknown[] {
  const values: number[] = [2, 2, 1];
  return [values.some((value) => value === 0)];
}
export function testEveryOfRepeated418(): unknown[] {
  const values: number[] = [2, 2, 1];
  return [values.every((value) => value >= 0)];
}
export function testFindIndexOfRepeated419(): unknown[] {
  const values: number[] = [2, 2, 1];
  return [values.findIndex((value) => value < 2)];
}
export function testReduceOfRepeated420(): unknown[] {
  const values: number[] = [2, 2, 1];
  return [values.reduce((total, value) => total + value, 0)];
}
export function testIndexOfOfRepeated421(): unknown[] {
  const values: number[] = [2, 2, 1];
  return [values.indexOf(-0)];
}
