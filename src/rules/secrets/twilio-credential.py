from twilio.rest import Client
# ruleid: secrets.twilio-credential
api_key = "SK737f6a6f0fb23c6f5da2cec255404e4f"
# ruleid: secrets.twilio-credential
TWILIO_AUTH_TOKEN = "c60d5d32cbe54014c2b54b95523cf694"
# ok: secrets.twilio-credential
account_sid = "AC737f6a6f0fb23c6f5da2cec255404e4f"
# ok: secrets.twilio-credential
auth_token = os.environ["TWILIO_AUTH_TOKEN"]
