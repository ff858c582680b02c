const crypto = require('crypto');
// ruleid: javascript.pseudo-random-bytes
const token = crypto.pseudoRandomBytes(16).toString('hex');
// ok: javascript.pseudo-random-bytes
const good = crypto.randomBytes(16).toString('hex');
