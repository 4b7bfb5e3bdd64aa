#!/usr/bin/env python3
"""A scripted fake of Cognito's ResendConfirmationCode, for what the emulator
cannot produce: most error types, malformed bodies, slow or hanging answers.

Real HTTP on 127.0.0.1 with CORS. The username picks the answer:

  fake.email / fake.sms          200 with CodeDeliveryDetails by that medium
  fake.slow                      200 (email) after 500 ms
  fake.slow-fault                500 InternalErrorException after 500 ms
  fake.hang                      no answer for 60 s (timeouts)
  fake.confirmed                 InvalidParameterException "User is already confirmed."
  fake.daily-cap                 LimitExceededException for Cognito's daily email limit
  fake.hostile / -error          markup and script in Destination / the message
  fake.error.<Name>              400 {"__type": Name} (500 for InternalErrorException)
  fake.html502                   502 with an HTML page
  fake.500html                   500 with an HTML page
  fake.empty / fake.truncated / fake.wrongshape / fake.extra / fake.huge (10 MB)
                                 200 with those bodies
  fake.unknown-error             400 BananaException
  fake.reset                     headers and half a body, then the connection drops

Requests to /_nocors get answers without CORS headers (a browser refuses them).
  anything else                  200 (email)

Anything after a "+" in the username is ignored, so concurrent tests can tell
their requests apart (fake.email+t1, fake.email+t2).

It records every request: GET /_requests -> [{method, path, headers, body}]
(the POSTs), GET /_stats -> {"posts": n, "preflights": n}, POST /_reset
clears. Usage: fake_cognito.py PORT
"""

import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOCK = threading.Lock()
REQUESTS = []

CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "POST, GET, OPTIONS",
    "Access-Control-Max-Age": "600",
}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Nagle + delayed ACK would add ~40 ms to every answer on loopback.
    disable_nagle_algorithm = True

    def log_message(self, *args):
        pass

    def reply(self, status, body, content_type="application/x-amz-json-1.1", extra=None):
        data = body.encode() if isinstance(body, str) else body
        self.send_response(status)
        # Without CORS, but embeddable (CORP), so a no-cors probe from a page
        # with COEP (like the wasm-bindgen test runner's) can still see it.
        cors = {"Cross-Origin-Resource-Policy": "cross-origin"} if self.path.startswith("/_nocors") else CORS
        for name, value in {**cors, **(extra or {})}.items():
            self.send_header(name, value)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def record(self, body):
        with LOCK:
            REQUESTS.append(
                {
                    "method": self.command,
                    "path": self.path,
                    "headers": [[k.lower(), v] for k, v in self.headers.items()],
                    "body": body.decode("utf-8", "replace"),
                }
            )

    def do_OPTIONS(self):
        self.record(b"")
        requested = self.headers.get("Access-Control-Request-Headers", "")
        allow = {} if self.path.startswith("/_nocors") else {"Access-Control-Allow-Headers": requested}
        self.reply(204, b"", extra=allow)

    def do_GET(self):
        if self.path == "/_requests":
            with LOCK:
                posts = [r for r in REQUESTS if r["method"] == "POST"]
            return self.reply(200, json.dumps(posts), "application/json")
        if self.path == "/_stats":
            with LOCK:
                methods = [r["method"] for r in REQUESTS]
            stats = {"posts": methods.count("POST"), "preflights": methods.count("OPTIONS")}
            return self.reply(200, json.dumps(stats), "application/json")
        self.reply(404, "not found", "text/plain")

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        if self.path == "/_reset":
            with LOCK:
                REQUESTS.clear()
            return self.reply(200, "{}", "application/json")
        self.record(body)
        try:
            username = json.loads(body).get("Username", "")
        except (ValueError, AttributeError):
            username = ""
        self.answer(str(username).split("+", 1)[0])

    def answer(self, username):
        def delivered(destination, medium, attribute):
            details = {"Destination": destination, "DeliveryMedium": medium, "AttributeName": attribute}
            self.reply(200, json.dumps({"CodeDeliveryDetails": details}))

        def error(name, message, status=400):
            self.reply(status, json.dumps({"__type": name, "message": message}))

        if username == "fake.sms":
            return delivered("+*******1234", "SMS", "phone_number")
        if username == "fake.slow":
            time.sleep(0.5)
            return delivered("s***@e***", "EMAIL", "email")
        if username == "fake.slow-fault":
            time.sleep(0.5)
            return error("InternalErrorException", "Internal error", 500)
        if username == "fake.hang":
            time.sleep(60)
            return delivered("late", "EMAIL", "email")
        if username == "fake.empty":
            return self.reply(200, b"")
        if username == "fake.truncated":
            return self.reply(200, '{"CodeDeliveryDetails": {"Destination": "a***')
        if username == "fake.wrongshape":
            return self.reply(200, '{"Something": "else"}')
        if username == "fake.extra":
            details = {"Destination": "x***@e***", "DeliveryMedium": "EMAIL", "AttributeName": "email", "New": [1, {"a": None}]}
            return self.reply(200, json.dumps({"CodeDeliveryDetails": details, "Future": True}))
        if username == "fake.huge":
            padding = "x" * (10 * 1024 * 1024)
            return self.reply(200, json.dumps({"Padding": padding, "CodeDeliveryDetails": {"Destination": "h***@e***", "DeliveryMedium": "EMAIL"}}))
        if username == "fake.500html":
            return self.reply(500, "<html><body>Internal Server Error</body></html>", "text/html")
        if username == "fake.unknown-error":
            return error("BananaException", "peel")
        if username == "fake.reset":
            # Headers and half a body, then the connection drops.
            self.send_response(200)
            for name, value in CORS.items():
                self.send_header(name, value)
            self.send_header("Content-Type", "application/x-amz-json-1.1")
            self.send_header("Content-Length", "1000")
            self.end_headers()
            self.wfile.write(b'{"CodeDeliveryDetails": {"Dest')
            self.wfile.flush()
            self.close_connection = True
            import socket
            self.connection.shutdown(socket.SHUT_RDWR)
            return None
        if username == "fake.hostile":
            return delivered('<img src=x onerror="globalThis.pwned=1"><script>globalThis.pwned=2</script>', "EMAIL", "email")
        if username == "fake.hostile-error":
            return error("ResourceNotFoundException", '<img src=x onerror="globalThis.pwned=3">')
        if username == "fake.daily-cap":
            return error("LimitExceededException", "Exceeded daily email limit for the operation or the account. "
                         "If a higher limit is required, please configure your user pool to use your own "
                         "Amazon SES configuration for sending email.")
        if username == "fake.confirmed":
            return error("InvalidParameterException", "User is already confirmed.")
        if username.startswith("fake.error."):
            name = username[len("fake.error."):]
            return error(name, "Fake " + name, 500 if name == "InternalErrorException" else 400)
        if username == "fake.html502":
            return self.reply(502, "<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html")
        delivered("a***@e***", "EMAIL", "email")


def main():
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 4571
    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.daemon_threads = True
    print(f"fake cognito on http://127.0.0.1:{port}/", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
