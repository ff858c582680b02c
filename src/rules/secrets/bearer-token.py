import requests
# ruleid: secrets.bearer-token
headers = {"Authorization": "Bearer 7Fq2LmZx9RtY4vBn8KcWp3JdHs6GaUe1Qo5TiVr0"}
# ok: secrets.bearer-token
headers = {"Authorization": f"Bearer {os.environ['API_TOKEN']}"}
# ok: secrets.bearer-token
headers = {"Authorization": "Bearer YOUR_ACCESS_TOKEN_GOES_HERE_1234567890"}
