// ruleid: javascript.buffer-alloc-unsafe
var ret = Buffer.allocUnsafe(n >>> 0);
// ok: javascript.buffer-alloc-unsafe
var zero = Buffer.alloc(n);
