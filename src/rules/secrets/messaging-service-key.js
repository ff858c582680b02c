// ruleid: secrets.messaging-service-key
sgMail.setApiKey("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");
// ruleid: secrets.messaging-service-key
const bot = new TelegramBot("0552034093:AAbP0VxNjAe-9i0mYtluYI0KN1gNT11cUzY");
// ok: secrets.messaging-service-key
sgMail.setApiKey(process.env.SENDGRID_API_KEY);
// ok: secrets.messaging-service-key
const when = "2024-01-01T10:20:30";
