const serialize = require('node-serialize');

app.get('/profile', (req, res) => {
  // ruleid: javascript.unsafe-deserialization
  const profile = serialize.unserialize(Buffer.from(req.cookies.profile, 'base64').toString());
  // ruleid: javascript.unsafe-deserialization
  const obj = require('node-serialize').unserialize(req.body.data);
  // ok: javascript.unsafe-deserialization
  const data = JSON.parse(req.body.data);
  // ok: javascript.unsafe-deserialization
  const text = serialize.serialize({ name: 'x' });
});
