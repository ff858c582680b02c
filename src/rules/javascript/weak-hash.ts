import { createHash } from 'node:crypto';
// ruleid: javascript.weak-hash
export const etag = (s: string): string => createHash('SHA1').update(s).digest('hex');
// ok: javascript.weak-hash
export const strong = (s: string): string => createHash('sha512').update(s).digest('hex');
