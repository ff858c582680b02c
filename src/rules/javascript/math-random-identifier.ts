// ruleid: javascript.math-random-identifier
export const tempName = (): string => 'tmp-' + Math.random().toString(36).slice(2);
// ok: javascript.math-random-identifier
export const tempName2 = (): string => 'tmp-' + crypto.randomUUID();
