import tls from 'tls';
export function connect(host: string): tls.TLSSocket {
  // ruleid: javascript.tls-verification-disabled
  return tls.connect({ host, port: 443, rejectUnauthorized: false });
}
export function connectSafe(host: string): tls.TLSSocket {
  // ok: javascript.tls-verification-disabled
  return tls.connect({ host, port: 443, servername: host });
}
