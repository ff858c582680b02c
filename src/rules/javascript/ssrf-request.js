const axios = require('axios');
app.get('/proxy', async (req, res) => {
  // ruleid: javascript.ssrf-request
  const r = await fetch(req.query.url);
  // ruleid: javascript.ssrf-request
  const img = await axios.get(`http://${req.query.host}/avatar.png`);
  // ruleid: javascript.ssrf-request
  https.get(req.body.webhook, (resp) => resp.pipe(res));
  // ruleid: javascript.ssrf-request
  const x = await axios({ method: 'get', url: req.body.target });
  // ok: javascript.ssrf-request
  const api = await fetch('https://api.example.com/items?q=' + encodeURIComponent(req.query.q));
  // ok: javascript.ssrf-request
  const cfg = await axios.get(config.serviceUrl);
});
