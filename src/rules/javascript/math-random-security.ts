export class Tokens {
  // ruleid: javascript.math-random-security
  generateCsrfToken(): string {
    return Math.random().toString(36).slice(2) + Date.now().toString(36);
  }
  // ok: javascript.math-random-security
  jitter(ms: number): number {
    return ms * (0.5 + Math.random());
  }
}
// ruleid: javascript.math-random-security
export const makeNonce = (): string => String(Math.random()).slice(2);
