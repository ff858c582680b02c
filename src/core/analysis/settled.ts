import { Tree } from 'web-tree-sitter';
import { constructOf } from './construct';

/**
 * How far a piece of code is settled: the start of its last, still incomplete line, or earlier,
 * the start of the statement-level construct at its end while that construct has syntax errors
 * (a call whose arguments span lines is not settled until it closes).
 */
export function settledCode(text: string, tree: Tree | undefined): number {
  const lineStart = text.lastIndexOf('\n', text.length - 1) + 1;
  if (!tree) return lineStart;
  let last = text.length - 1;
  while (last >= 0 && /\s/.test(text[last])) last--;
  if (last < 0) return lineStart;
  const node = tree.rootNode.descendantForIndex(last, last + 1);
  if (!node) return lineStart;
  const construct = constructOf(node);
  return construct.hasError ? Math.min(lineStart, construct.startIndex) : lineStart;
}

/** Where the last complete sentence or line of prose ends (text after it may still change meaning). */
export function settledProse(text: string, from = 0): number {
  for (let i = text.length - 1; i >= from; i--) {
    const c = text[i];
    if (c === '\n') return i + 1;
    if ((c === ' ' || c === '\t') && i > 0 && '.!?:;'.includes(text[i - 1])) return i + 1;
  }
  return from;
}
