# ruleid: secrets.aws-secret-access-key
aws_secret_access_key = "EouHgxzNNAL5wIScGebcy8F5n3+YNBDRzrZSgqbj"
# ruleid: secrets.aws-secret-access-key
client = boto3.client("s3", aws_secret_access_key='EouHgxzNNAL5wIScGebcy8F5n3+YNBDRzrZSgqbj')
# ok: secrets.aws-secret-access-key
aws_secret_access_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
# ok: secrets.aws-secret-access-key
aws_secret_access_key = os.environ["AWS_SECRET_ACCESS_KEY"]
# ok: secrets.aws-secret-access-key
commit_sha = "9fceb02d0ae598e95dc970b74767f19372d61af8"
