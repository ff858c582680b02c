// ruleid: javascript.math-random-security
function makeid(length) {
  var text = '';
  var possible = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  for (var i = 0; i < length; i++)
    text += possible.charAt(Math.floor(Math.random() * possible.length));
  return text;
}
function shuffle(list) {
  for (let i = list.length - 1; i > 0; i--) {
    // ok: javascript.math-random-security
    const j = Math.floor(Math.random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
}
// ruleid: javascript.math-random-security
const resetToken = Math.random().toString(36).slice(2);
// ruleid: javascript.math-random-security
session.id = 'sess_' + Math.floor(Math.random() * 1e9);
// ruleid: javascript.math-random-security
const user = { name, apiKey: Math.random().toString(36).substring(2) };
// ok: javascript.math-random-security
const delay = 5000 + Math.random() * 5000;
// ok: javascript.math-random-security
this.radius = Math.random() * config.star.width;
// ok: javascript.math-random-security
const color = COLORS[Math.floor(Math.random() * COLORS.length)];
// ok: javascript.math-random-security
const valid = Math.random() > 0.5;
