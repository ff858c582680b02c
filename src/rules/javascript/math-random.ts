// ruleid: javascript.math-random
export const pick = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)];
// ok: javascript.math-random
export const r: number = crypto.randomInt(10);
