import os

# ruleid: python.hardcoded-credential
password = "megadeth"
# ruleid: python.hardcoded-credential
api_key = '3842240593'
# ruleid: python.hardcoded-credential
PAYPAL_CLIENT_SECRET = "EOLqrOVlYbzBeQIXIu_lQiB2Idh7fpK71hemdmlrfV1Uw"

class Config:
    def __init__(self):
        # ruleid: python.hardcoded-credential
        self.configuration.san_password = 'sysadmin'
        # ok: python.hardcoded-credential
        self.password_hash = ""
        # ok: python.hardcoded-credential
        self.password = os.environ["DB_PASSWORD"]

def setup(app, form):
    # ruleid: python.hardcoded-credential
    app.config['SECRET_KEY'] = 'dev-secret-123'
    # ruleid: python.hardcoded-credential
    form['password'] = 'myprecious'
    # ruleid: python.hardcoded-credential
    conn = connect(host="db", user="admin", password="hunter2")
    # ruleid: python.hardcoded-credential
    headers = {"X-Api-Key": "a8f5f167f44f4964e6c998dee827110c"}
    # ok: python.hardcoded-credential
    password_reset_template = 'xadmin/auth/password_reset/complete.html'
    # ok: python.hardcoded-credential
    secret_path = "data"
    # ok: python.hardcoded-credential
    token = request.args.get("token")
    # ok: python.hardcoded-credential
    db = connect(host="db", user="admin", password=os.environ.get("DB_PASSWORD"))
    # ok: python.hardcoded-credential
    creds = {"password": "<password>", "api_key": "YOUR_API_KEY"}
    # ok: python.hardcoded-credential
    password = ""
    # ok: python.hardcoded-credential
    tokenizer = "bert-base-uncased"
    # ok: python.hardcoded-credential
    password = f"{user}-{suffix}"

# ruleid: python.hardcoded-credential
def login(user, password="admin123"):
    return user, password
