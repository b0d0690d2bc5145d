#!/usr/bin/env python3
"""Drives every endpoint the services document, from outside and through the gateway, with what apps send by mistake
and attackers on purpose, and lists every answer that is not a clean refusal: a 5xx, a dropped connection, or a 4xx
that is not problem+json (what it once found: a YAML body, "?x%0Ay=1", "/orders/%20", "%C0%AF", "?tag[x]=a",
"?q.x=a", two rebuilds at once, 409s for a double tap; each is a test now).

Start the local platform with the rate limits out of the way first (a full probe sends about 150 000 requests,
4 minutes here):

    RATE_LIMIT_ANONYMOUS=1000000 RATE_LIMIT_AUTHENTICATED=1000000 RATE_LIMIT_ADMIN=1000000 ./run-local
    scripts/probe-api.py [odd-paths] [odd-values] [methods-and-headers] [together]     (default: all four)

"together" sends every write eight times at once, as the demo admin and the demo customer, on the demo data's ids:
it changes (and may delete) demo data, so start the next platform with ./run-local --wipe. Exit status 1 when
anything was listed. BASE_URL (default http://localhost:8080) points it elsewhere.
"""
import concurrent.futures
import copy
import datetime
import http.client
import json
import os
import random
import re
import sys
import urllib.parse
import uuid

BASE = urllib.parse.urlsplit(os.environ.get("BASE_URL", "http://localhost:8080"))
SERVICES = ["customer-service", "inventory-service", "order-service", "store-service", "payment-service",
            "loyalty-service", "notification-service", "analytics-service", "review-service"]
# Ids from the demo data, used where a path or body names one of these.
DEMO_IDS = {"storeId": "a1000000-0000-4000-8000-000000000004", "productId": "e2000000-0000-4000-8000-000000000002",
            "customerId": "c0000000-0000-4000-8000-000000000003", "userId": "c0000000-0000-4000-8000-000000000003",
            "reviewId": "f1000000-0000-4000-8000-000000000004"}
ODD_PATH_VALUES = ["x", "%00", "%20", "%2e%2e", "..%2F..%2Fetc", "%F0%9F%98%80", "%C0%AF", "a" * 300, "-1",
                   "99999999999999999999", "00000000-0000-0000-0000-000000000000", "%25", "null", "1e400"]
ODD_QUERIES = ["page=-1", "size=0", "size=100000", "page=abc", "sort=%3Bdrop", "x%0Ay=1", "x%5B0%5D=1", "x.y=1",
               "x[]=1", "from=2026-13-45", "q=%00", "q=" + "x" * 5000, "q=<b>|\"x\"{}"]
ODD_BODIES = ["{}", "[]", "null", "\"x\"", "1", "{", "{\"a\":" * 3000 + "1" + "}" * 3000, "\udcff"]
ODD_PARAMETER_VALUES = ["", "-1", "0", "2147483648", "99999999999999999999", "1e999", "x" * 3000, "%00", "%C0%AF",
                        "%F0%9F%98%80", "2026-02-30", "true,false", "[]"]
ODD_FIELD_VALUES = [None, "", " ", "\u0000", "x" * 10001, "\U0001F600" * 300, "\u202e\u0301", -1, 0, 2**31, 2**63,
                    1e308, 0.001, True, [], {}, [None], "2026-02-30", "9999-12-31T23:59:59Z", "NaN",
                    "00000000-0000-0000-0000-000000000000", "<script>", "' OR 1=1 --", "../../etc/passwd"]
ODD_HEADERS = [("Accept", "application/json;q=abc"), ("Accept", "application/yaml"), ("Accept", "text/event-stream"),
               ("Accept-Language", "xx-" + "a" * 500), ("If-None-Match", "\"" + "a" * 1000 + "\""),
               ("If-Modified-Since", "yesterday"), ("Range", "bytes=0-1,2-3"), ("Content-Encoding", "gzip"),
               ("X-HTTP-Method-Override", "DELETE"), ("Origin", "null"), ("Authorization", "Bearer " + "a" * 6000),
               ("Authorization", "Bearer a.b.c"), ("Authorization", "Basic YTpi"), ("X-Forwarded-For", "1.2.3.4, x"),
               ("Idempotency-Key", "k" * 1000), ("Content-Type", "application/yaml"),
               ("Content-Type", "application/x-www-form-urlencoded"), ("Content-Type", "application/json; charset=ebcdic")]

findings = []
sent = 0


def send(method, path, body=None, token=None, headers=()):
    """(status, content type, body); status -1 when no answer came."""
    global sent
    sent += 1
    connection = http.client.HTTPConnection(BASE.hostname, BASE.port or 80, timeout=30)
    all_headers = {"Idempotency-Key": "probe-%016x" % random.getrandbits(64)}
    if token:
        all_headers["Authorization"] = "Bearer " + token
    if body is not None:
        all_headers["Content-Type"] = "application/json"
        body = body.encode("utf-8", "surrogateescape") if isinstance(body, str) else body
    all_headers.update(headers)
    try:
        connection.request(method, path, body=body, headers=all_headers)
        response = connection.getresponse()
        return response.status, response.getheader("Content-Type") or "", response.read()
    except (OSError, http.client.HTTPException) as ex:
        return -1, "", repr(ex).encode()
    finally:
        connection.close()


def check(label, answer):
    status, content_type, body = answer
    # A refusal says why, as problem+json; only the answer to HEAD has no body to say it in.
    unclean = status == -1 or status >= 500 or (
        400 <= status < 500 and "problem+json" not in content_type and not label.startswith("HEAD "))
    if unclean:
        findings.append(label)
        print(f"!! {label} -> {status} {content_type} {body[:160]!r}", flush=True)


def login(who):
    _, _, body = send("POST", "/api/v1/auth/login",
                      json.dumps({"email": f"{who}@jainshikanji.local", "password": f"demo-{who}-pass"}))
    return json.loads(body)["accessToken"]


def documents():
    for service in SERVICES:
        status, _, body = send("GET", "/api-docs/" + service)
        if status != 200:
            sys.exit(f"No API document for {service} ({status}): is the platform running?")
        yield json.loads(body)


def operations(docs):
    for doc in docs:
        for path, methods in doc["paths"].items():
            for method, operation in methods.items():
                if method in ("get", "post", "put", "patch", "delete") and "/rebuild" not in path:
                    yield doc, path, method.upper(), operation


def filled(path, values=DEMO_IDS, default=lambda: str(uuid.uuid4())):
    return re.sub(r"\{([^}]+)\}", lambda m: values.get(m.group(1)) or default(), path)


def resolve(doc, schema):
    while "$ref" in schema:
        schema = doc["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    for combined in ("oneOf", "anyOf", "allOf"):
        if combined in schema:
            return resolve(doc, schema[combined][0])
    return schema


def example(doc, schema, name="", depth=0):
    """A value of the schema, valid where that is easy (enough to get past the first validation)."""
    schema = resolve(doc, schema)
    kind = schema.get("type")
    kind = next((k for k in kind if k != "null"), None) if isinstance(kind, list) else kind
    if "enum" in schema:
        return schema["enum"][0]
    if kind == "object" or "properties" in schema:
        return {} if depth > 4 else {key: example(doc, value, key, depth + 1)
                                      for key, value in schema.get("properties", {}).items()}
    if kind == "array":
        return [example(doc, schema.get("items", {}), name, depth + 1)]
    if kind in ("integer", "number"):
        return max(1, schema.get("minimum", 1))
    if kind == "boolean":
        return True
    fmt = schema.get("format")
    if fmt == "uuid":
        return DEMO_IDS.get(name, str(uuid.uuid4()))
    if fmt == "email":
        return "probe-%s@example.com" % uuid.uuid4().hex[:8]
    if fmt == "date-time":
        return (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    if fmt == "date":
        return (datetime.date.today() + datetime.timedelta(days=1)).isoformat()
    return "probe".ljust(schema.get("minLength", 1), "x")


def request_body(doc, operation):
    content = operation.get("requestBody", {}).get("content", {}).get("application/json")
    return example(doc, content["schema"]) if content else None


def field_paths(value, prefix=()):
    if prefix:
        yield prefix
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from field_paths(inner, prefix + (key,))
    elif isinstance(value, list) and value:
        yield from field_paths(value[0], prefix + (0,))


def with_field(value, path, replacement):
    changed = copy.deepcopy(value)
    target = changed
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = replacement
    return changed


def odd_paths(docs, tokens):
    for _, path, method, _ in operations(docs):
        for role, token in [("anonymous", None)] + list(tokens.items()):
            for value in ODD_PATH_VALUES:
                target = filled(path, {}, lambda: value)
                if method in ("GET", "DELETE"):
                    for query in ODD_QUERIES:
                        check(f"{role} {method} {target}?{query[:40]}", send(method, target + "?" + query, token=token))
                else:
                    for body in ODD_BODIES:
                        check(f"{role} {method} {target} {body[:30]!r}", send(method, target, body, token))


def odd_values(docs, tokens):
    for doc, path, method, operation in operations(docs):
        target = filled(path)
        if method == "GET":
            for parameter in (p for p in operation.get("parameters", []) if p.get("in") == "query"):
                for value in ODD_PARAMETER_VALUES:
                    query = parameter["name"] + "=" + value
                    check(f"GET {path}?{query[:60]}", send("GET", target + "?" + query, token=tokens["admin"]))
            continue
        body = request_body(doc, operation)
        if body is None:
            continue
        for field in field_paths(body):
            for value in ODD_FIELD_VALUES:
                check(f"{method} {path} {'.'.join(map(str, field))}={json.dumps(value)[:30]}",
                      send(method, target, json.dumps(with_field(body, field, value)), tokens["admin"]))


def methods_and_headers(docs, tokens):
    for path in sorted({path for _, path, _, _ in operations(docs)}):
        target = filled(path)
        for method in ("HEAD", "OPTIONS", "TRACE", "PATCH", "PUT", "DELETE", "POST", "GET", "PROPFIND"):
            status, content_type, body = send(method, target, "{}" if method in ("PATCH", "PUT", "POST") else None,
                                              tokens["admin"])
            check(f"{method} {path}", (status, content_type, b"" if method == "HEAD" else body))
        for name, value in ODD_HEADERS:
            token = None if name == "Authorization" else tokens["admin"]
            for method, body in (("GET", None), ("POST", "{}")):
                check(f"{method} {path} {name}: {value[:30]}", send(method, target, body, token, {name: value}))


def together(docs, tokens):
    for doc, path, method, operation in operations(docs):
        if method == "GET":
            continue
        body = request_body(doc, operation)
        body = json.dumps(body) if body is not None else None
        target = filled(path)
        for role in ("admin", "customer"):
            with concurrent.futures.ThreadPoolExecutor(8) as pool:
                answers = list(pool.map(lambda _: send(method, target, body, tokens[role]), range(8)))
            statuses = sorted(answer[0] for answer in answers)
            for answer in answers:
                check(f"{role} {method} {path} x8 {statuses}", answer)
            # Not a finding by itself (a transition happens once), but an idempotent write should not conflict.
            if any(200 <= s < 300 for s in statuses) and 409 in statuses:
                print(f"   {role} {method} {path} x8 -> {statuses}: some succeeded, some conflicted", flush=True)


CHECKS = {"odd-paths": odd_paths, "odd-values": odd_values, "methods-and-headers": methods_and_headers,
          "together": together}

if __name__ == "__main__":
    chosen = sys.argv[1:] or list(CHECKS)
    unknown = [name for name in chosen if name not in CHECKS]
    if unknown:
        sys.exit(f"Unknown check {', '.join(unknown)}; choose from {', '.join(CHECKS)}")
    roles = {who: login(who) for who in ("customer", "staff", "admin")}
    api_docs = list(documents())
    for name in chosen:
        before, started = len(findings), datetime.datetime.now()
        CHECKS[name](api_docs, roles)
        seconds = (datetime.datetime.now() - started).total_seconds()
        print(f"{name}: {len(findings) - before} found, {sent} requests so far, {seconds:.0f} s", flush=True)
    print(f"{len(findings)} found in {sent} requests")
    sys.exit(1 if findings else 0)
