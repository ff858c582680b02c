export function compute(expr: string): number {
  // ruleid: javascript.eval-dynamic
  return eval(`(${expr})`) as number;
}
// ok: javascript.eval-dynamic
export const answer: number = eval('6 * 7');
