import crypto from 'crypto';
export function nonce(cb: (e: Error | null, b: Buffer) => void): void {
  // ruleid: javascript.pseudo-random-bytes
  crypto.pseudoRandomBytes(12, cb);
  // ok: javascript.pseudo-random-bytes
  crypto.randomBytes(12, cb);
}
