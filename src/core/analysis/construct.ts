import { Node } from 'web-tree-sitter';

/**
 * Node types that stand as a whole construct: a statement, declaration, definition or item, or
 * a shell command. A finding is tentative while the construct around it has ERROR/MISSING nodes.
 */
const CONSTRUCT = /(statement|declaration|definition|_item|directive|^command|^pipeline|^list|^redirected_statement|^function_definition|^element|^pair|^assignment)$/;

/** The construct a node sits in: the nearest statement-like ancestor, else the top-level node holding it. */
export function constructOf(node: Node): Node {
  let current: Node = node;
  for (;;) {
    if (CONSTRUCT.test(current.type)) return current;
    const parent = current.parent;
    if (!parent || !parent.parent) return current;
    current = parent;
  }
}

/** True while the construct around `node` still has syntax errors or missing tokens. */
export function isIncomplete(node: Node): boolean {
  return constructOf(node).hasError;
}
