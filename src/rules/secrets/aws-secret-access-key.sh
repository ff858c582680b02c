# ruleid: secrets.aws-secret-access-key
export AWS_SECRET_ACCESS_KEY=EouHgxzNNAL5wIScGebcy8F5n3+YNBDRzrZSgqbj
# ok: secrets.aws-secret-access-key
export AWS_SECRET_ACCESS_KEY=$(vault read -field=secret aws/creds)
