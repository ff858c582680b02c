import { Engine } from '../../../src/core';

let shared: Promise<Engine> | undefined;

/** One engine with the built-in rules for the whole unit-test run (tree-sitter initialises once). */
export function testEngine(): Promise<Engine> {
  shared ??= Engine.create();
  return shared;
}
