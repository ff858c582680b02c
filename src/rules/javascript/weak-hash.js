const crypto = require('crypto');
// ruleid: javascript.weak-hash
const digest = crypto.createHash('md5').update(body).digest('hex');
// ruleid: javascript.weak-hash
const sig = crypto.createHmac('sha1', key).update(payload).digest('base64');
// ok: javascript.weak-hash
const good = crypto.createHash('sha256').update(body).digest('hex');
