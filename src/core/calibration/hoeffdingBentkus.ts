// The Hoeffding-Bentkus upper-confidence-bound p-value of Bates et al., "Distribution-free,
// risk-controlling prediction sets" (2021), in its published form:
//   p(λ) = min( exp(−n·h1(min(r̂, ε), ε)),  e·P(Binomial(n, ε) ≤ ⌈n·r̂⌉) )
//   h1(a, b) = a·ln(a/b) + (1−a)·ln((1−a)/(1−b))
// A small p(λ) is evidence that the true risk at λ is below ε.

const logFactorials: number[] = [0];

/** ln(n!) from a growing table (exact sums of logs: n stays in the thousands here). */
export function logFactorial(n: number): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`logFactorial needs a non-negative integer, got ${n}`);
  for (let k = logFactorials.length; k <= n; k++) logFactorials[k] = logFactorials[k - 1] + Math.log(k);
  return logFactorials[n];
}

/** P(Binomial(n, p) ≤ k), summed term by term in log space. */
export function binomialCdf(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  if (p <= 0) return 1;
  if (p >= 1) return 0;
  const lp = Math.log(p);
  const lq = Math.log1p(-p);
  let sum = 0;
  for (let i = 0; i <= k; i++) sum += Math.exp(logFactorial(n) - logFactorial(i) - logFactorial(n - i) + i * lp + (n - i) * lq);
  return Math.min(1, sum);
}

/** h1(a, b) = a·ln(a/b) + (1−a)·ln((1−a)/(1−b)), the Bernoulli relative entropy, with 0·ln 0 = 0. */
export function h1(a: number, b: number): number {
  const term = (x: number, y: number) => (x === 0 ? 0 : x * Math.log(x / y));
  return term(a, b) + term(1 - a, 1 - b);
}

/** The Hoeffding-Bentkus p-value for "risk ≤ ε" given the empirical risk r̂ over n samples. */
export function hoeffdingBentkusPValue(riskHat: number, n: number, epsilon: number): number {
  if (!(n >= 1)) throw new RangeError(`the Hoeffding-Bentkus bound needs n ≥ 1 samples, got ${n}`);
  if (!(epsilon > 0 && epsilon < 1)) throw new RangeError(`ε must be in (0, 1), got ${epsilon}`);
  if (!(riskHat >= 0 && riskHat <= 1)) throw new RangeError(`the empirical risk must be in [0, 1], got ${riskHat}`);
  const hoeffding = Math.exp(-n * h1(Math.min(riskHat, epsilon), epsilon));
  // ⌈n·r̂⌉ with r̂ = count/n: round away float noise first (n·(3/7) must give 3, not 3.0000000000000004 → 4).
  const k = Math.ceil(Math.round(n * riskHat * 1e9) / 1e9);
  const bentkus = Math.E * binomialCdf(k, n, epsilon);
  return Math.min(hoeffding, bentkus);
}

/**
 * The fewest samples with which the bound can certify risk ≤ ε at level δ at all: at r̂ = 0 the
 * p-value is (1−ε)^n (the Hoeffding term; the Bentkus term is e times that), so n ≥ ln δ / ln(1−ε).
 */
export function hoeffdingBentkusMinimumN(epsilon: number, delta: number): number {
  return Math.ceil(Math.log(delta) / Math.log1p(-epsilon) - 1e-9);
}
