const fs = require('fs');
// ruleid: javascript.permissive-file-mode
fs.chmodSync('/var/app/upload', 0o777);
// ruleid: javascript.permissive-file-mode
fs.mkdirSync(dir, { recursive: true, mode: 0o777 });
// ruleid: javascript.permissive-file-mode
fs.chmod(file, '666', cb);
// ok: javascript.permissive-file-mode
fs.chmodSync(keyFile, 0o600);
// ok: javascript.permissive-file-mode
fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
