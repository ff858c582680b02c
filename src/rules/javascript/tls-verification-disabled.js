const https = require('https');
// ruleid: javascript.tls-verification-disabled
const agent = new https.Agent({ rejectUnauthorized: false });
// ruleid: javascript.tls-verification-disabled
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
// ruleid: javascript.tls-verification-disabled
request({ url, strictSSL: false }, cb);
const opts = {
  // ruleid: javascript.tls-verification-disabled
  checkServerIdentity: () => undefined,
};
// ok: javascript.tls-verification-disabled
const safe = new https.Agent({ rejectUnauthorized: true, ca: fs.readFileSync('ca.pem') });
// ok: javascript.tls-verification-disabled
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';
