/**
 * P(X ≥ k) for X ~ Poisson(λ), summed in log space from k upwards until the terms stop
 * mattering: exact for the counts alerts see (up to tens of thousands), no normal approximation.
 */
export function poissonUpperTail(k: number, lambda: number): number {
  if (k <= 0) return 1;
  if (lambda <= 0) return 0;
  if (k < lambda) return 1 - poissonLowerTail(k - 1, lambda);

  let logTerm = k * Math.log(lambda) - lambda - logFactorial(k);
  let sum = 0;
  for (let x = k; x < k + 10_000; x++) {
    const term = Math.exp(logTerm);
    sum += term;
    if (term < sum * 1e-15) break;
    logTerm += Math.log(lambda) - Math.log(x + 1);
  }
  return Math.min(1, sum);
}

/** P(X ≤ k), summed downwards from k. */
function poissonLowerTail(k: number, lambda: number): number {
  if (k < 0) return 0;
  let logTerm = k * Math.log(lambda) - lambda - logFactorial(k);
  let sum = 0;
  for (let x = k; x >= 0; x--) {
    const term = Math.exp(logTerm);
    sum += term;
    if (term < sum * 1e-15) break;
    logTerm += Math.log(x) - Math.log(lambda);
  }
  return Math.min(1, sum);
}

const LOG_FACTORIALS: number[] = [0];

function logFactorial(n: number): number {
  for (let i = LOG_FACTORIALS.length; i <= n; i++) LOG_FACTORIALS.push(LOG_FACTORIALS[i - 1]! + Math.log(i));
  return LOG_FACTORIALS[n]!;
}
