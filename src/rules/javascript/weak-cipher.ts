import * as crypto from 'crypto';
export function enc(key: Buffer, data: string): string {
  // ruleid: javascript.weak-cipher
  const c = crypto.createCipheriv('rc4', key, '');
  // ok: javascript.weak-cipher
  const d = crypto.createCipheriv('chacha20-poly1305', key, crypto.randomBytes(12), { authTagLength: 16 });
  return c.update(data, 'utf8', 'hex') + d.final('hex');
}
