export function toB64(data: string): string {
  // ruleid: javascript.buffer-constructor
  return new Buffer(data, 'utf8').toString('base64');
}
// ok: javascript.buffer-constructor
export const b64 = (data: string): string => Buffer.from(data, 'utf8').toString('base64');
