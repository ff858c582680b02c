// ruleid: javascript.hardcoded-secret-pattern
export const GITHUB_TOKEN = 'ghp_1234567890abcdefghijklmnopqrstuvwxyzAB';
// ok: javascript.hardcoded-secret-pattern
export const GITHUB_TOKEN_NAME = 'GITHUB_TOKEN';
