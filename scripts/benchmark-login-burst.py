#!/usr/bin/env python3
"""Login bursts through the gateway: ADDRESSES clients each send BURST failed logins at once (distinct emails, so the
per-account limit stays out of it), and for each client the answers are counted. The login throttle allows 20 failures
per client address in its window, so a burst of 60 should get exactly 20 401s and 40 429s, and nothing else: a 503
means a login waited too long somewhere (a pooled connection, the gateway's 10 s response timeout). Prints the
answers per client, the burst's wall time, and the CPU customer-service spent on it (each failed guess hashes a
password with bcrypt; a refused one should cost next to nothing). A script, not a test: it never fails on speed.

Each run uses fresh client addresses (sent as X-Forwarded-For; the local gateway trusts loopback as a proxy), so
the demo logins from 127.0.0.1 are never throttled by it. Start the platform first:

    ./run-local
    scripts/benchmark-login-burst.py                       BURST=60 ADDRESSES=3 scripts/benchmark-login-burst.py

BASE_URL (default http://localhost:8080) points it elsewhere; customer-service's CPU is read from /proc, so only when
it runs on this machine.
"""
import collections
import concurrent.futures
import json
import os
import random
import time
import urllib.error
import urllib.request
import uuid

BASE = os.environ.get("BASE_URL", "http://localhost:8080")
BURST = int(os.environ.get("BURST", "60"))
ADDRESSES = int(os.environ.get("ADDRESSES", "1"))
TICKS = os.sysconf("SC_CLK_TCK")


def guess(address):
    body = json.dumps({"email": f"burst-{uuid.uuid4()}@example.com", "password": "not-the-password"}).encode()
    request = urllib.request.Request(BASE + "/api/v1/auth/login", data=body, method="POST",
                                     headers={"Content-Type": "application/json", "X-Forwarded-For": address})
    try:
        with urllib.request.urlopen(request, timeout=60) as answer:
            return answer.status
    except urllib.error.HTTPError as refusal:
        return refusal.code
    except OSError:
        return "no answer"


def customer_service_pid():
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
                arguments = cmdline.read().decode(errors="replace").split("\0")
        except OSError:
            continue
        if arguments and arguments[0].endswith("java") and any("customer-service" in a and a.endswith(".jar")
                                                               for a in arguments):
            return pid
    return None


def cpu_seconds(pid):
    if pid is None:
        return 0.0
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def main():
    prefix = f"10.{random.randint(0, 255)}.{random.randint(0, 255)}"
    addresses = [f"{prefix}.{i + 1}" for i in range(ADDRESSES)]
    pid = customer_service_pid()
    cpu_before = cpu_seconds(pid)
    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(BURST * ADDRESSES) as pool:
        answers = {address: pool.map(guess, [address] * BURST) for address in addresses}
        counted = {address: collections.Counter(statuses) for address, statuses in answers.items()}
    elapsed = time.monotonic() - started
    cpu = cpu_seconds(pid) - cpu_before
    print(f"{ADDRESSES} x {BURST} failed logins at once through {BASE} ({os.cpu_count()} cores)")
    for address, statuses in counted.items():
        print(f"  {address}: " + ", ".join(f"{count} x {status}" for status, count in sorted(statuses.items(),
                                                                                             key=str)))
    print(f"  all answered in {elapsed:.1f} s")
    if pid is None:
        print("  customer-service's CPU: not on this machine")
    else:
        print(f"  customer-service's CPU: {cpu:.2f} s ({1000 * cpu / (BURST * ADDRESSES):.0f} ms per login)")


if __name__ == "__main__":
    main()
