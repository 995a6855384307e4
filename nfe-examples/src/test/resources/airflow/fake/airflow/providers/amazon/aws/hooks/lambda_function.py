"""A Lambda hook answering from a script of responses and recording each payload."""

import io
import json


class LambdaHook:
    responses = []
    invocations = []

    def __init__(self, aws_conn_id="aws_default"):
        self.aws_conn_id = aws_conn_id

    def invoke_lambda(self, function_name, invocation_type, payload):
        LambdaHook.invocations.append((function_name, invocation_type, json.loads(payload)))
        response = LambdaHook.responses.pop(0)
        result = {"StatusCode": 200, "Payload": io.BytesIO(json.dumps(response.get("body", {})).encode())}
        if response.get("error"):
            result["FunctionError"] = "Unhandled"
        return result
