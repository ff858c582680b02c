export function port(b: Buffer, off: number): number {
  // ruleid: javascript.buffer-noassert
  return b.readUInt16BE(off, true);
}
// ok: javascript.buffer-noassert
export const first = (b: Buffer): number => b.readUInt8(0);
