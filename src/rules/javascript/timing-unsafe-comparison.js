function check(req, user) {
  // ruleid: javascript.timing-unsafe-comparison
  if (req.headers['x-api-key'] !== process.env.API_KEY) return false;
  // ruleid: javascript.timing-unsafe-comparison
  if (user.password === password) return true;
  // ruleid: javascript.timing-unsafe-comparison
  return (signature == expectedSignature);
}
function parse(token, tokens2, j) {
  // ok: javascript.timing-unsafe-comparison
  if (token == '.') return;
  // ok: javascript.timing-unsafe-comparison
  if (token === null) return;
  // ok: javascript.timing-unsafe-comparison
  if (password.length === minLength) return;
  // ok: javascript.timing-unsafe-comparison
  return crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
}
function parser(token, node, signatureReturnType, returnType) {
  // ok: javascript.timing-unsafe-comparison
  if (token === SyntaxKind.ExtendsKeyword) return;
  // ok: javascript.timing-unsafe-comparison
  if (signatureReturnType === returnType) return;
}
