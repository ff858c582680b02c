// ruleid: javascript.hardcoded-credential
const password = 'Tr0ub4dor&3';
// ruleid: javascript.hardcoded-credential
const STRIPE_SECRET = "f8a7d6c5b4e3f2a1";
const config = {
  host: 'db.internal',
  // ruleid: javascript.hardcoded-credential
  password: 'hunter2!',
  // ruleid: javascript.hardcoded-credential
  'apiKey': 'c29tZS1yYW5kb20ta2V5LXZhbHVl',
  // ok: javascript.hardcoded-credential
  secret: process.env.SESSION_SECRET,
};
// ruleid: javascript.hardcoded-credential
this.accessToken = 'eyJhbGciOiJIUzI1NiJ9.e30.ZRrHA1JJJW8opsbCGfG_HACGpVUMN_a9IV7pAx_Zmeo';
// ok: javascript.hardcoded-credential
const passwordLabel = 'Enter your password';
// ok: javascript.hardcoded-credential
const passwordField = 'password';
// ok: javascript.hardcoded-credential
const options = { usernameField: 'email', passwordField: 'passwd' };
// ok: javascript.hardcoded-credential
const token = '';
// ok: javascript.hardcoded-credential
const apiKey = 'YOUR_API_KEY';
// ok: javascript.hardcoded-credential
const secretKeyPath = './keys/secret.pem';
