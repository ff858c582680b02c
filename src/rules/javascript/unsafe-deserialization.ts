import { unserialize } from 'node-serialize';
export function restore(state: string): unknown {
  // ruleid: javascript.unsafe-deserialization
  return unserialize(state);
}
// ok: javascript.unsafe-deserialization
export const parsed: unknown = JSON.parse('{"a":1}');
