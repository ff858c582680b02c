function uuid() {
  // ruleid: javascript.math-random-identifier
  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, function (c) {
    var r = Math.random() * 16 | 0, v = c == 'x' ? r : (r & 0x3 | 0x8);
    return v.toString(16);
  });
}
function s4() {
  // ruleid: javascript.math-random-identifier
  return Math.floor((1 + Math.random()) * 0x10000).toString(16).substring(1);
}
function randomString(len) {
  var out = '';
  for (var i = 0; i < len; i++)
    // ruleid: javascript.math-random-identifier
    out += CHARS[Math.floor(Math.random() * CHARS.length)];
  // ruleid: javascript.math-random-identifier
  var ch = v.charAt(Math.round(Math.random() * (v.length - 1)));
  return out + ch;
}
// ok: javascript.math-random-identifier
var color = COLORS[Math.floor(Math.random() * COLORS.length)];
// ok: javascript.math-random-identifier
var hex = (255).toString(16);
// ok: javascript.math-random-identifier
var id = crypto.randomBytes(16).toString('hex');
