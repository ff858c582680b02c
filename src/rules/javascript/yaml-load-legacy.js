const yaml = require('js-yaml');
const fs = require('fs');
// ruleid: javascript.yaml-load-legacy
const config = yaml.load(fs.readFileSync('config.yml', 'utf8'));
// ok: javascript.yaml-load-legacy
const safe = yaml.safeLoad(fs.readFileSync('config.yml', 'utf8'));
// ok: javascript.yaml-load-legacy
const mod = loader.load(fs.readFileSync('config.yml', 'utf8'));
