// Small dense logistic regression, fitted by Newton's method (IRLS) with an L2 penalty. Used for
// the verifier's stream model (a few dozen features) and the E-valuator density-ratio models.

export const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** ln(p / (1 − p)) with p kept inside [1e-6, 1 − 1e-6]. */
export function logit(p: number): number {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
}

export interface LogisticFitOptions {
  /** L2 penalty on every coefficient but the first (the intercept, when column 0 is a constant 1). */
  l2?: number;
  iterations?: number;
  /**
   * Sign constraints per coefficient: +1 keeps it ≥ 0, −1 keeps it ≤ 0, 0 leaves it free. Enforced
   * by projection after each Newton step (a monotone model: more evidence never looks safer).
   */
  signs?: readonly number[];
}

/**
 * Fits P(y = 1 | x) = σ(w·x). `x` rows must have the same length; `weights` default to 1.
 * Returns w. Deterministic.
 */
export function fitLogistic(x: readonly (readonly number[])[], y: readonly number[], weights?: readonly number[], options: LogisticFitOptions = {}): number[] {
  const d = x[0]?.length ?? 0;
  const l2 = options.l2 ?? 1e-3;
  const iterations = options.iterations ?? 30;
  const w = new Array<number>(d).fill(0);
  const totalWeight = weights ? weights.reduce((a, b) => a + b, 0) : x.length;
  // Rows are mostly zeros (one column per rule): keep each row's non-zero columns.
  const nz = x.map(row => row.flatMap((v, j) => (v !== 0 ? [j] : [])));
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (let i = 0; i < x.length; i++) {
      const xi = x[i];
      const cols = nz[i];
      let z = 0;
      for (const j of cols) z += w[j] * xi[j];
      const p = sigmoid(z);
      const wi = (weights ? weights[i] : 1) / totalWeight;
      const r = (p - y[i]) * wi;
      const h = Math.max(p * (1 - p), 1e-9) * wi;
      for (let a = 0; a < cols.length; a++) {
        const j = cols[a];
        grad[j] += r * xi[j];
        const hx = h * xi[j];
        for (let b = a; b < cols.length; b++) {
          const k = cols[b];
          if (k >= j) hess[j][k] += hx * xi[k];
          else hess[k][j] += hx * xi[k];
        }
      }
    }
    for (let j = 0; j < d; j++) {
      for (let k = 0; k < j; k++) hess[j][k] = hess[k][j];
      const pen = j === 0 ? 1e-9 : l2;
      grad[j] += pen * w[j];
      hess[j][j] += pen;
    }
    const step = solve(hess, grad);
    let change = 0;
    for (let j = 0; j < d; j++) {
      let next = w[j] - step[j];
      const sign = options.signs?.[j] ?? 0;
      if (sign > 0 && next < 0) next = 0;
      if (sign < 0 && next > 0) next = 0;
      change = Math.max(change, Math.abs(next - w[j]));
      w[j] = next;
    }
    if (change < 1e-7) break;
  }
  return w;
}

/** Solves A·x = b for a symmetric positive definite A (Gaussian elimination with partial pivoting). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
    [m[c], m[pivot]] = [m[pivot], m[c]];
    const diag = m[c][c] || 1e-12;
    for (let r = c + 1; r < n; r++) {
      const f = m[r][c] / diag;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r][n];
    for (let k = r + 1; k < n; k++) s -= m[r][k] * x[k];
    x[r] = s / (m[r][r] || 1e-12);
  }
  return x;
}

/** Area under the ROC curve of `scores` (higher = positive) for labels 1/0; ties count half. */
export function auroc(scores: readonly number[], labels: readonly number[]): number {
  const idx = scores.map((_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let rankSumPos = 0;
  let nPos = 0;
  let i = 0;
  while (i < idx.length) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1]] === scores[idx[i]]) j++;
    const avgRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) if (labels[idx[k]] === 1) {
      rankSumPos += avgRank;
      nPos++;
    }
    i = j + 1;
  }
  const nNeg = idx.length - nPos;
  if (!nPos || !nNeg) return NaN;
  return (rankSumPos - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}
