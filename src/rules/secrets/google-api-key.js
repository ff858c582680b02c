// ruleid: secrets.google-api-key
const firebaseConfig = { apiKey: "AIzaStqcbnr3yBdGBLEPH1qhT61qtc4xatws8ph" };
// ruleid: secrets.google-api-key
const clientSecret = "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";
// ruleid: secrets.google-api-key
fetch(url, { headers: { Authorization: "Bearer ya29.jE2jBMptUsGr7CmY_uCu3ZR1zTOlUcR64cXQLioDnkHIfxIq2HZt-PlJhx2j" } });
// ok: secrets.google-api-key
const apiKey = process.env.GOOGLE_API_KEY;
// ok: secrets.google-api-key
const k = "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
