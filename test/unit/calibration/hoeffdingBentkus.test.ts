import * as assert from 'node:assert/strict';
import { binomialCdf, h1, hoeffdingBentkusMinimumN, hoeffdingBentkusPValue } from '../../../src/core/calibration/hoeffdingBentkus';

const close = (actual: number, expected: number, tol = 1e-6) => assert.ok(Math.abs(actual - expected) <= tol, `${actual} ≠ ${expected} (±${tol})`);

describe('calibration/Hoeffding-Bentkus p-value', () => {
  it('h1 is the Bernoulli relative entropy, with 0·ln 0 = 0', () => {
    // h1(0.05, 0.1) = 0.05·ln(0.05/0.1) + 0.95·ln(0.95/0.9) = −0.0346574 + 0.0513639 = 0.0167065
    close(h1(0.05, 0.1), 0.0167065);
    // h1(0, 0.1) = 1·ln(1/0.9) = 0.1053605
    close(h1(0, 0.1), 0.1053605);
    assert.equal(h1(0.3, 0.3), 0);
  });

  it('sums the binomial CDF exactly', () => {
    // P(Bin(100, 0.1) ≤ 5) = 0.0000266 + 0.0002951 + 0.0016232 + 0.0058916 + 0.0158746 + 0.0338658 = 0.0575769
    close(binomialCdf(5, 100, 0.1), 0.0575769);
    // P(Bin(20, 0.1) ≤ 0) = 0.9^20 = 0.1215767
    close(binomialCdf(0, 20, 0.1), 0.1215767);
    assert.equal(binomialCdf(20, 20, 0.1), 1);
    assert.equal(binomialCdf(-1, 20, 0.1), 0);
  });

  it('r̂ = 0, n = 20, ε = 0.1: the Hoeffding term wins', () => {
    // Hoeffding: exp(−20·h1(0, 0.1)) = exp(−20·0.1053605) = 0.9^20 = 0.1215767
    // Bentkus:   e·P(Bin(20, 0.1) ≤ ⌈0⌉) = 2.7182818·0.1215767 = 0.3304796
    // p = min(0.1215767, 0.3304796) = 0.1215767
    close(hoeffdingBentkusPValue(0, 20, 0.1), 0.1215767);
  });

  it('r̂ = 0.05, n = 100, ε = 0.1: the Bentkus term wins', () => {
    // Hoeffding: exp(−100·0.0167065) = exp(−1.67065) = 0.1881247
    // Bentkus:   e·P(Bin(100, 0.1) ≤ ⌈100·0.05⌉ = 5) = 2.7182818·0.0575769 = 0.1565102
    // p = min(0.1881247, 0.1565102) = 0.1565102
    close(hoeffdingBentkusPValue(0.05, 100, 0.1), 0.1565102);
  });

  it('r̂ = 4/50, n = 50, ε = 0.2', () => {
    // h1(0.08, 0.2) = 0.08·ln(0.4) + 0.92·ln(1.15) = −0.0733033 + 0.1285814 = 0.0552781
    // Hoeffding: exp(−50·0.0552781) = exp(−2.763905) = 0.0630463
    // Bentkus:   e·P(Bin(50, 0.2) ≤ 4) = e·(0.0000143 + 0.0001784 + 0.0010927 + 0.0043709 + 0.0128397)
    //          = 2.7182818·0.0184960 = 0.0502774
    close(hoeffdingBentkusPValue(4 / 50, 50, 0.2), 0.0502774);
  });

  it('r̂ above ε gives p = 1 (no evidence for risk ≤ ε)', () => {
    // h1(min(0.2, 0.1), 0.1) = 0 → Hoeffding term 1; Bentkus term e·P(Bin(50, 0.1) ≤ 10) = 2.69 > 1
    assert.equal(hoeffdingBentkusPValue(0.2, 50, 0.1), 1);
  });

  it('rounds n·r̂ before the ceiling ((7/25)·25 is 7.000000000000001 in floating point: ⌈⌉ must give 7)', () => {
    assert.equal(hoeffdingBentkusPValue(7 / 25, 25, 0.5), Math.min(Math.exp(-25 * h1(7 / 25, 0.5)), Math.E * binomialCdf(7, 25, 0.5)));
  });

  it('names the minimum n: ln δ / ln(1 − ε)', () => {
    // ln 0.1 / ln 0.95 = 44.89 → 45; ln 0.1 / ln 0.8 = 10.32 → 11
    assert.equal(hoeffdingBentkusMinimumN(0.05, 0.1), 45);
    assert.equal(hoeffdingBentkusMinimumN(0.2, 0.1), 11);
    assert.ok(hoeffdingBentkusPValue(0, 45, 0.05) <= 0.1);
    assert.ok(hoeffdingBentkusPValue(0, 44, 0.05) > 0.1);
  });
});
