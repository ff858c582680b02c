export function matcher(pattern: string): RegExp {
  // ruleid: javascript.regexp-dynamic
  return new RegExp(pattern);
}
// ok: javascript.regexp-dynamic
export const word: RegExp = new RegExp('\\w+', 'g');
