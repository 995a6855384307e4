"""An S3 hook over an in-memory bucket."""


class S3Hook:
    objects = {}

    def __init__(self, aws_conn_id="aws_default"):
        self.aws_conn_id = aws_conn_id

    def list_keys(self, bucket_name, prefix=""):
        return sorted(key for (bucket, key) in S3Hook.objects if bucket == bucket_name and key.startswith(prefix))

    def read_key(self, key, bucket_name):
        return S3Hook.objects[(bucket_name, key)]
