// ruleid: javascript.buffer-noassert
var len = buffer.readUInt16BE(offset + 2, true);
// ruleid: javascript.buffer-noassert
buffer.writeInt32LE(value, offset, true);
// ok: javascript.buffer-noassert
var len2 = buffer.readUInt16BE(offset + 2);
