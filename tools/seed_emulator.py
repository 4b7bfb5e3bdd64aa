#!/usr/bin/env python3
"""Creates what the demo and the end-to-end tests need in a local Cognito
emulator: a user pool with email auto-verification, an app client without a
secret, and an unconfirmed user with an email address.

Usage: seed_emulator.py ENDPOINT [USERNAME] [EMAIL]
Prints one JSON object: {"endpoint", "region", "userPoolId", "clientId", "username"}.
"""

import json
import sys
import urllib.request

REGION = "us-east-1"


def call(endpoint, action, payload):
    request = urllib.request.Request(
        endpoint,
        data=json.dumps(payload).encode(),
        headers={
            "Content-Type": "application/x-amz-json-1.1",
            "X-Amz-Target": "AWSCognitoIdentityProviderService." + action,
            # Admin calls are signed on AWS; the emulator only reads the region
            # from this header and checks nothing else.
            "Authorization": "AWS4-HMAC-SHA256 Credential=local/20260101/"
            + REGION
            + "/cognito-idp/aws4_request, SignedHeaders=host, Signature=local",
        },
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


def main():
    endpoint = sys.argv[1]
    username = sys.argv[2] if len(sys.argv) > 2 else "ada"
    email = sys.argv[3] if len(sys.argv) > 3 else "ada@example.com"
    pool = call(endpoint, "CreateUserPool", {"PoolName": "resend-code-demo", "AutoVerifiedAttributes": ["email"]})
    pool_id = pool["UserPool"]["Id"]
    client = call(endpoint, "CreateUserPoolClient", {"UserPoolId": pool_id, "ClientName": "web", "GenerateSecret": False})
    client_id = client["UserPoolClient"]["ClientId"]
    call(
        endpoint,
        "SignUp",
        {
            "ClientId": client_id,
            "Username": username,
            "Password": "Demo-passw0rd!",
            "UserAttributes": [{"Name": "email", "Value": email}],
        },
    )
    print(json.dumps({"endpoint": endpoint, "region": REGION, "userPoolId": pool_id, "clientId": client_id, "username": username}))


if __name__ == "__main__":
    main()
