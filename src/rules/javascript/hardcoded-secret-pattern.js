const firebaseConfig = {
  // ruleid: javascript.hardcoded-secret-pattern
  apiKey: "AIzaSyB3ZvJDuZ2HD-UppgPvY2by-GI0KnessXw",
  // ok: javascript.hardcoded-secret-pattern
  authDomain: "example.firebaseapp.com",
};
// ruleid: javascript.hardcoded-secret-pattern
const aws = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE' };
// ok: javascript.hardcoded-secret-pattern
const aws2 = { accessKeyId: process.env.AWS_ACCESS_KEY_ID };
