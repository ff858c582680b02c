import os

# ruleid: secrets.github-token
GITHUB_TOKEN = "ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d"
# ruleid: secrets.github-token
headers = {"Authorization": "token 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"}
# ok: secrets.github-token
TOKEN = os.environ["GITHUB_TOKEN"]
# ok: secrets.github-token
EXAMPLE = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
# ok: secrets.github-token
PLACEHOLDER = "ghp_yourPersonalAccessTokenGoesHere1234"
