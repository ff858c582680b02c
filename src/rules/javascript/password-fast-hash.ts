import { createHash, scryptSync, randomBytes } from 'crypto';
export function store(pwd: string): string {
  // ruleid: javascript.password-fast-hash
  return createHash('md5').update(pwd).digest('hex');
}
export function storeWell(pwd: string): string {
  const salt = randomBytes(16);
  // ok: javascript.password-fast-hash
  return salt.toString('hex') + scryptSync(pwd, salt, 64).toString('hex');
}
