import { Engine, ruleVerifier } from '../../../src/core';

let shared: Promise<Engine> | undefined;

/**
 * One engine with the built-in rules for the whole unit-test run (tree-sitter initialises once).
 * It uses the rule verifier at λ = 0.5, not the shipped learned verifier and calibration, so that
 * these tests do not move whenever `npm run train` / `npm run calibrate` change the weights and λ;
 * test/unit/calibration covers the shipped defaults.
 */
export function testEngine(): Promise<Engine> {
  shared ??= Engine.create({ verifier: ruleVerifier, calibration: null });
  return shared;
}
