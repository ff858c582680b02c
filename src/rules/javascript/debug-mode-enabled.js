const express = require('express');
const errorhandler = require('errorhandler');
const app = express();
// ruleid: javascript.debug-mode-enabled
app.set('env', 'development');
// ruleid: javascript.debug-mode-enabled
app.use(errorhandler());
// ruleid: javascript.debug-mode-enabled
app.use(express.errorHandler({ dumpExceptions: true, showStack: true }));
// ok: javascript.debug-mode-enabled
app.set('view engine', 'pug');
if (process.env.NODE_ENV === 'development') {
  // ok: javascript.debug-mode-enabled
  app.use(morgan('dev'));
}
