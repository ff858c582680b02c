// ruleid: javascript.math-random
const x = Math.random();
// ok: javascript.math-random
const y = crypto.getRandomValues(new Uint32Array(1))[0];
