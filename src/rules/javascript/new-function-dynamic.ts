export function makeGetter(path: string): (o: unknown) => unknown {
  // ruleid: javascript.new-function-dynamic
  return new Function('o', 'return o.' + path) as (o: unknown) => unknown;
}
// ok: javascript.new-function-dynamic
export const noop = new Function('return undefined');
