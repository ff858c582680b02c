import boto3
# ruleid: secrets.aws-access-key-id
s3 = boto3.client("s3", aws_access_key_id="AKIARBFQFOEQH5AV2RIC", region_name="eu-west-1")
# ok: secrets.aws-access-key-id
docs_example = "AKIAIOSFODNN7EXAMPLE"
# ok: secrets.aws-access-key-id
s3 = boto3.client("s3")
# ok: secrets.aws-access-key-id
placeholder = "AKIAXXXXXXXXXXXXXXXX"
