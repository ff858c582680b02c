export class Client {
  // ruleid: javascript.hardcoded-credential-field
  private apiKey = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc';
  // ok: javascript.hardcoded-credential-field
  private apiKeyHeader = 'X-Api-Key';
  // ok: javascript.hardcoded-credential-field
  private token = process.env.TOKEN;
}
