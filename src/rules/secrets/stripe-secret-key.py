import stripe
# ruleid: secrets.stripe-secret-key
stripe.api_key = "sk_live_h2FDEEtfjgVvVqE1SkHbn88H"
# ruleid: secrets.stripe-secret-key
WEBHOOK_SECRET = "whsec_mZp0zVZomHFwUbbYrEqmSM9wCZ7Uw9xf"
# ok: secrets.stripe-secret-key
stripe.api_key = os.environ["STRIPE_SECRET_KEY"]
# ok: secrets.stripe-secret-key
stripe.api_key = "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"
# ok: secrets.stripe-secret-key
publishable = "pk_live_h2FDEEtfjgVvVqE1SkHbn88H"
