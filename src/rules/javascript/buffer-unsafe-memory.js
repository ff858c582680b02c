// ruleid: javascript.buffer-unsafe-memory
var ret = Buffer.allocUnsafe(n >>> 0);
// ruleid: javascript.buffer-unsafe-memory
var len = buffer.readUInt16BE(offset + 2, true);
// ok: javascript.buffer-unsafe-memory
var len2 = buffer.readUInt16BE(offset + 2);
// ok: javascript.buffer-unsafe-memory
var zero = Buffer.alloc(n);
