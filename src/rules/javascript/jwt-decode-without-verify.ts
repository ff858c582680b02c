import { jwtDecode } from 'jwt-decode';
// ruleid: javascript.jwt-decode-without-verify
export const exp = (t: string): number | undefined => jwtDecode(t).exp;
// ok: javascript.jwt-decode-without-verify
export const parts = (t: string): string[] => t.split('.');
