/** What a content change actually added: the replacement text without what it kept of the old text. */
export interface Insertion {
  /** Offset (in the document after the change) where the added text starts. */
  offset: number;
  text: string;
}

/**
 * Trims from a replacement the prefix and suffix it shares with the text it replaced, so an
 * accepted suggestion that rewrites the typed part of the line is recorded as exactly what was added.
 */
export function addedText(rangeOffset: number, oldText: string, newText: string): Insertion {
  let start = 0;
  const max = Math.min(oldText.length, newText.length);
  while (start < max && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && oldText.charCodeAt(oldText.length - 1 - end) === newText.charCodeAt(newText.length - 1 - end)) end++;
  return { offset: rangeOffset + start, text: newText.slice(start, newText.length - end) };
}

/** True when the new text only re-spaces the old (a formatter, not an author). */
export function onlyWhitespaceChanged(oldText: string, newText: string): boolean {
  return oldText.replace(/\s+/g, '') === newText.replace(/\s+/g, '');
}

export function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
