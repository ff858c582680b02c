import { Node, TreeCursor } from 'web-tree-sitter';

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

/**
 * Whether `node` is incomplete: the construct around it still has syntax errors or missing tokens,
 * or it sits inside an ERROR node (code the parser could not place yet: its reading may still
 * change); and where that construct ends.
 */
export function completeness(node: Node): { incomplete: boolean; constructEnd: number } {
  const construct = constructOf(node);
  if (construct.hasError) return { incomplete: true, constructEnd: construct.endIndex };
  for (let p = construct.parent; p; p = p.parent) if (p.isError) return { incomplete: true, constructEnd: construct.endIndex };
  return { incomplete: false, constructEnd: construct.endIndex };
}

/** What the tree holds at a match's extent: the nodes spanning exactly that range, and its completeness. */
export interface ExtentInspection {
  /** Nodes whose range is exactly the extent, outermost first (usually one). */
  exact: Node[];
  incomplete: boolean;
  constructEnd: number;
}

/**
 * Inspects a range by one walk down from the root with a tree cursor (no parent walks, few node
 * objects): finds the nodes spanning exactly [start, end) and judges, like `completeness`, whether
 * the construct around them is complete. Cheap enough to re-judge every live finding per chunk.
 */
export function inspectExtent(cursor: TreeCursor, root: Node, start: number, end: number): ExtentInspection {
  cursor.reset(root);
  const exact: Node[] = [];
  let inError = false;
  let construct: Node | undefined;
  let topLevel: Node | undefined;
  for (let depth = 0; ; depth++) {
    const s = cursor.startIndex;
    const e = cursor.endIndex;
    if (s > start || e < end) break;
    const type = cursor.nodeType;
    if (type === 'ERROR') inError = true;
    if (depth === 1) topLevel = cursor.currentNode;
    if (depth > 0 && CONSTRUCT.test(type)) construct = cursor.currentNode;
    if (s === start && e === end) exact.push(cursor.currentNode);
    if (!cursor.gotoFirstChildForIndex(start)) break;
  }
  const around = construct ?? topLevel;
  if (!around) return { exact, incomplete: inError, constructEnd: end };
  return { exact, incomplete: inError || around.hasError, constructEnd: around.endIndex };
}

const CLOSER: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };

/**
 * The brackets that would close what is still open at the end of the text, innermost first
 * (`})` for an unclosed callback inside a call), from the tree's tokens, so that brackets in
 * strings and comments do not count; empty when nothing is open. Tokens the parser inserted as
 * MISSING are not text and are skipped.
 */
export function closingBrackets(root: Node): string {
  const open: string[] = [];
  const cursor = root.walk();
  try {
    let descending = true;
    for (;;) {
      if (descending && cursor.gotoFirstChild()) continue;
      if (!cursor.currentNode.isMissing && cursor.nodeType.length === 1) {
        const type = cursor.nodeType;
        if (CLOSER[type]) open.push(CLOSER[type]);
        else if (type === ')' || type === ']' || type === '}') {
          const at = open.lastIndexOf(type);
          if (at >= 0) open.length = at; // a closer also ends any unclosed bracket inside it
        }
      }
      if (cursor.gotoNextSibling()) {
        descending = true;
        continue;
      }
      descending = false;
      if (!cursor.gotoParent()) break;
    }
  } finally {
    cursor.delete();
  }
  return open.reverse().join('');
}
