const crypto = require('crypto');
// ruleid: javascript.weak-cipher
const cipher = crypto.createCipher('aes-256-cbc', password);
// ruleid: javascript.weak-cipher
const des = crypto.createCipheriv('des-ede3-cbc', key, iv);
// ruleid: javascript.weak-cipher
const ecb = crypto.createCipheriv('aes-128-ecb', key, null);
// ok: javascript.weak-cipher
const gcm = crypto.createCipheriv('aes-256-gcm', key, iv);
