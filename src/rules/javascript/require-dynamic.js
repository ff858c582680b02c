const path = require('path');
// ruleid: javascript.require-dynamic
const logger = require(ENDURO_FOLDER + '/libs/logger');
// ruleid: javascript.require-dynamic
const config = require(path.join(process.cwd(), configFile));
// ruleid: javascript.require-dynamic
let cmd = require(`./commands/${command}`);
// ok: javascript.require-dynamic
const fs = require('fs');
// ok: javascript.require-dynamic
const local = require(`./local-module`);
