const crypto = require('crypto');
function register(user, password) {
  // ruleid: javascript.password-fast-hash
  user.hash = crypto.createHash('sha256').update(password).digest('hex');
  // ruleid: javascript.password-fast-hash
  const h = md5(req.body.password + salt);
  // ok: javascript.password-fast-hash
  const fileHash = crypto.createHash('sha256').update(fileBuffer).digest('hex');
  // ok: javascript.password-fast-hash
  return bcrypt.hash(password, 12);
}
