// ruleid: javascript.buffer-alloc-unsafe
export const scratch: Buffer = Buffer.allocUnsafeSlow(1024);
// ok: javascript.buffer-alloc-unsafe
export const zeroed: Buffer = Buffer.alloc(1024);
