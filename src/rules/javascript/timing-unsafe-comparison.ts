export function verify(given: string, secret: string): boolean {
  // ruleid: javascript.timing-unsafe-comparison
  return given === secret;
}
// ok: javascript.timing-unsafe-comparison
export const isEmpty = (token: string): boolean => token === '';
