"""P5's memory table: PSS and RSS of a launcher and all its descendants, grouped by what each process is.

Usage: python3 launcher_memory.py <launcher pid> [--cpu: only the CPU seconds used so far], from the project's root. PostgreSQL daemonizes (its postmaster's
parent is init, not the launcher), so its processes are found by their data directory, .local/postgres. PSS counts memory shared between processes (PostgreSQL's shared
buffers, the JDK's shared libraries and CDS/AOT archives) once, split among them, so the PSS total is what the
platform really costs. "heap used" is each service's jvm_memory_used_bytes{area="heap"} from its management port
(9080 + n for the service on 8080 + n).
"""
import os
import re
import sys
import urllib.request

SERVICES = ["gateway-service", "customer-service", "inventory-service", "order-service", "store-service",
            "payment-service", "loyalty-service", "notification-service", "analytics-service", "review-service",
            "razorpay-sandbox"]


def children():
    tree = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
            ppid = int(stat[stat.rindex(")") + 2:].split()[1])
            tree.setdefault(ppid, []).append(int(entry))
        except (OSError, ValueError):
            pass
    return tree


def descendants(root):
    tree = children()
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(tree.get(pid, []))
    return found


def postmasters():
    data = os.path.abspath(".local/postgres")
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/cmdline", "rb") as f:
                    args = f.read().decode(errors="replace").split("\0")
            except OSError:
                continue
            if os.path.basename(args[0]) == "postgres" and "-D" in args and data in args:
                found.append(int(entry))
    return found


def rollup(pid):
    values = {}
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                key, _, rest = line.partition(":")
                if key in ("Pss", "Rss"):
                    values[key] = int(rest.split()[0]) // 1024
    except OSError:
        pass
    return values.get("Pss", 0), values.get("Rss", 0)


def name(pid, root):
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            args = f.read().decode(errors="replace").split("\0")
    except OSError:
        return "?"
    line = " ".join(args)
    if pid == root:
        return "launcher (dev-stack, SMTP)"
    if "KafkaNode" in line:
        return "Kafka"
    if "postgres" in os.path.basename(args[0]) or "postgres:" in line:
        return "PostgreSQL (all processes)"
    if "redis" in line:
        return "Redis"
    if "zipkin" in line:
        return "Zipkin"
    match = re.search(r"/apps/([a-z-]+)/", line)
    if match:
        service = match.group(1)
        return f"AOT training ({service})" if "-XX:AOTMode=" in line else service
    return os.path.basename(args[0]) or "?"


def heap_used(service):
    if service not in SERVICES:
        return None
    port = 9080 + SERVICES.index(service)
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/actuator/prometheus", timeout=3) as response:
            text = response.read().decode()
    except OSError:
        return None
    used = 0.0
    for line in text.splitlines():
        if line.startswith("jvm_memory_used_bytes{") and 'area="heap"' in line:
            used += float(line.rsplit(" ", 1)[1])
    return used / 1024 / 1024


def cpu_seconds(pids, roots):
    """CPU used so far by these processes, and by the children the roots have already reaped."""
    ticks = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks += int(fields[11]) + int(fields[12])
        if pid in roots:
            ticks += int(fields[13]) + int(fields[14])
    return ticks / os.sysconf("SC_CLK_TCK")


def main():
    root = int(sys.argv[1])
    roots = [root] + postmasters()
    pids = []
    for other in roots:
        pids.extend(descendants(other))
    if len(sys.argv) > 2 and sys.argv[2] == "--cpu":
        print(f"{cpu_seconds(set(pids), roots):.1f}")
        return
    rows = {}
    for pid in sorted(set(pids)):
        pss, rss = rollup(pid)
        if pss == 0 and rss == 0:
            continue
        key = name(pid, root)
        row = rows.setdefault(key, [0, 0, 0])
        row[0] += pss
        row[1] += rss
        row[2] += 1
    print(f"  {'process':<30} {'PSS MiB':>8} {'RSS MiB':>8} {'heap used MiB':>14}")
    for key, (pss, rss, count) in sorted(rows.items(), key=lambda item: -item[1][0]):
        heap = heap_used(key)
        label = key if count == 1 else f"{key} ×{count}"
        print(f"  {label:<30} {pss:>8} {rss:>8} {'' if heap is None else f'{heap:.0f}':>14}")
    print(f"total {sum(row[0] for row in rows.values())} {sum(row[1] for row in rows.values())}")


main()
