// ruleid: javascript.buffer-constructor
const buf = new Buffer(req.body.size);
// ruleid: javascript.buffer-constructor
fileContent = new Buffer(fileContent).toString('base64');
// ok: javascript.buffer-constructor
const b2 = Buffer.from(fileContent);
// ok: javascript.buffer-constructor
const b3 = Buffer.alloc(16);
