// ruleid: javascript.buffer-unsafe-memory
export const scratch: Buffer = Buffer.allocUnsafeSlow(1024);
// ok: javascript.buffer-unsafe-memory
export const zeroed: Buffer = Buffer.alloc(1024);
