// ruleid: javascript.debug-mode-enabled
process.env.NODE_ENV = 'development';
// ok: javascript.debug-mode-enabled
process.env.NODE_ENV = 'production';
