# ruleid: secrets.bearer-token
curl -H "Authorization: Bearer 7Fq2LmZx9RtY4vBn8KcWp3JdHs6GaUe1Qo5TiVr0" https://api.example.com/v1/me
# ok: secrets.bearer-token
curl -H "Authorization: Bearer $TOKEN" https://api.example.com/v1/me
