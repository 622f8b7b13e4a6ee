// Review 20: every compound operator (+=, *=, |=, ??=, ||=, ++) on an array element indexed by a whole float.
export function testMinIndexCompound(): unknown {
  const hist = [0, 0, 0];
  hist[Math.min(2, Math.floor(1.5))]! += 1;
  return hist;
}
export function testMinIndexAssign(): unknown {
  const hist = [0, 0, 0];
  hist[Math.min(2, 5)] = 9;
  return hist;
}
export function testMaxIndexCompound(): unknown {
  const hist = [0, 0, 0];
  const n = 4;
  hist[Math.max(0, n - 3)]! += 1;
  return hist;
}
export function testFloorIndexCompound(): unknown {
  const hist = [0, 0, 0];
  hist[Math.floor(2.5)]! += 1;
  return hist;
}
export function testDivIndex(): unknown {
  const hist = [0, 0, 0];
  hist[4 / 2]! += 1;
  hist[4 / 2] = hist[4 / 2]! + 1;
  return hist;
}
export function testVarIndex(): unknown {
  const hist = [0, 0, 0];
  const i = Math.min(2, 1);
  hist[i]! += 1;
  hist[i]!++;
  return hist;
}
export function testRoundIndex(): unknown {
  const hist = [0, 0, 0];
  const xs = [0.4, 1.6];
  for (const x of xs) hist[Math.round(x)]! += 1;
  return hist;
}
