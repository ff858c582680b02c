export const settings = {
  // ruleid: javascript.hardcoded-credential
  clientSecret: 'a1b2c3d4e5f6a7b8c9d0',
  // ok: javascript.hardcoded-credential
  clientSecretEnv: 'CLIENT_SECRET',
};
// ruleid: javascript.hardcoded-credential
export const dbPassword: string = 'S3cure!Pass';
// ok: javascript.hardcoded-credential
export const dbPasswordFromEnv: string = process.env.DB_PASSWORD ?? '';
