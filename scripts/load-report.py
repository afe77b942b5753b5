#!/usr/bin/env python3
"""Summarises a load-benchmark run (scripts/load-benchmark.sh) as Markdown: per level, each action's count, errors
and p50/p95/p99 from Gatling's report, the portal's CPU and the machine's, the heap while running and after a full GC
with every user still signed in."""
import csv
import html
import re
import sys
from pathlib import Path

work = Path(sys.argv[1])
ramp = int(sys.argv[2]) if len(sys.argv) > 2 else 120


def gatling_rows(report_dir):
    """The statistics table of Gatling's index.html: name -> {total, ko, p50, p95, p99, max}."""
    page = (Path(report_dir) / "index.html").read_text(encoding="utf-8")
    rows = {}
    for row in re.findall(r'<tr id="(?:ROOT|req_[^"]*)"[^>]*>(.*?)</tr>', page, re.S):
        name = re.search(r'class="ellipsed-name">([^<]*)<', row)
        values = dict(re.findall(r'class="value [a-z ]*col-(\d+)">([^<]*)<', row))
        if not values:
            continue
        label = html.unescape(name.group(1)) if name else "all requests"
        rows[label] = {"total": values.get("2"), "ko": values.get("4"), "p50": values.get("8"),
                       "p95": values.get("10"), "p99": values.get("11"), "max": values.get("12")}
    return rows


def heap_used_mb(path):
    text = Path(path).read_text() if Path(path).exists() else ""
    match = re.search(r"used (\d+)K", text)
    return int(match.group(1)) / 1024 if match else None


def resources(path):
    with open(path) as f:
        samples = [r for r in csv.DictReader(f) if r["heap_used_mb"]]
    held = [r for r in samples if int(r["seconds"]) > ramp] or samples
    avg = lambda key: sum(int(r[key]) for r in held) / max(len(held), 1)
    top = lambda key: max((int(r[key]) for r in samples), default=0)
    return {"portal_cpu": avg("portal_cpu_percent"), "portal_cpu_max": top("portal_cpu_percent"),
            "machine_cpu": avg("machine_cpu_percent"), "database_cpu": avg("database_cpu_percent"),
            "heap_max": top("heap_used_mb")}


def timings(path):
    """Response times by phase (sign-in, work) and request, from the simulation's own record (Timings.java), and
    when each user action of the work phase ended (epoch seconds; "screen drawn" messages apart)."""
    phases, ends = {"sign-in": {}, "work": {}}, []
    if not Path(path).exists():
        return phases, ends
    with open(path) as f:
        for r in csv.DictReader(f):
            phases.setdefault(r["phase"], {}).setdefault(r["request"], []).append(int(r["ms"]))
            if r["phase"] == "work" and r["request"] != "screen drawn" and r.get("at"):
                ends.append(int(r["at"]) / 1000)
    return phases, ends


def hold_cpu_per_action(path, ends, key):
    """CPU ms per user action over the hold (every user signed in, nobody signing in): the samples after the last
    sign-in of the ramp, against the actions that ended in the same seconds."""
    with open(path) as f:
        samples = [r for r in csv.DictReader(f) if r.get("epoch")]
    if not samples or not ends:
        return None
    start = min(ends) + ramp
    held = [r for r in samples if int(r["epoch"]) > start]
    if len(held) < 2:
        return None
    cpu, last = 0.0, int(held[0]["epoch"])
    for r in held[1:]:
        cpu += int(r[key]) / 100 * (int(r["epoch"]) - last)
        last = int(r["epoch"])
    actions = sum(1 for t in ends if int(held[0]["epoch"]) < t <= last)
    return cpu * 1000 / actions if actions else None


def percentiles(values):
    """p50, p95, p99 (nearest rank) of a list of milliseconds."""
    ordered = sorted(values)
    if not ordered:
        return ("-", "-", "-")
    rank = lambda p: ordered[max(0, -(-len(ordered) * p // 100) - 1)]
    return (rank(50), rank(95), rank(99))


def cpu_seconds(path, key):
    """CPU time used over the run: each sample's % of one core times the seconds since the sample before."""
    with open(path) as f:
        samples = list(csv.DictReader(f))
    total, last = 0.0, 0
    for r in samples:
        seconds = int(r["seconds"])
        total += int(r[key]) / 100 * (seconds - last)
        last = seconds
    return total


def number(value):
    """Vietnamese style: 1.000 and 35,5."""
    if isinstance(value, float):
        return f"{value:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"{int(value):,}".replace(",", ".")


def count(value):
    """Gatling writes 25,136 or 25136; the report 25.136 (and 0 for '-')."""
    digits = re.sub(r"[^0-9]", "", str(value or ""))
    return number(int(digits)) if digits else "0"


print("# Load benchmark\n")
summary = []
for line in (work / "runs.txt").read_text().split("\n"):
    if not line.strip():
        continue
    level, report_dir = line.split(" ", 1)
    rows = gatling_rows(report_dir)
    res = resources(work / f"resources-{level}.csv")
    before = heap_used_mb(work / f"heap-before-{level}.txt")
    after = heap_used_mb(work / f"heap-after-gc-{level}.txt")
    print(f"## {number(int(level))} users\n")
    print("| action | requests | errors | p50 ms | p95 ms | p99 ms | max ms |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, r in rows.items():
        print(f"| {name} | {count(r['total'])} | {count(r['ko'])} | {r['p50']} | {r['p95']} | {r['p99']} | {r['max']} |")
    per_user = (after - before) * 1024 / int(level) if before is not None and after is not None else None
    print()
    print(f"Portal CPU during the hold: {number(res['portal_cpu'])} % of one core on average (peak "
          f"{number(res['portal_cpu_max'])} %); MariaDB {number(res['database_cpu'])} %; the whole machine "
          f"{number(res['machine_cpu'])} % of 200 % (Gatling runs on the same 2 cores). Heap in use: up to {number(res['heap_max'])} MB; after a full GC with every user "
          f"signed in {number(after or 0.0)} MB against {number(before or 0.0)} MB before the run"
          + (f", {number(per_user)} KB per user." if per_user is not None else ".") + "\n")
    phases, ends = timings(work / f"timings-{level}.csv")
    hold_portal_ms = hold_cpu_per_action(work / f"resources-{level}.csv", ends, "portal_cpu_percent")
    hold_database_ms = hold_cpu_per_action(work / f"resources-{level}.csv", ends, "database_cpu_percent")
    work_times = [ms for values in phases["work"].values() for ms in values]
    sign_in_times = phases["sign-in"].get("sign in", [])
    action_count = sum(len(v) for name, v in phases["work"].items() if name != "screen drawn") + len(sign_in_times)
    portal_ms = cpu_seconds(work / f"resources-{level}.csv", "portal_cpu_percent") * 1000 / max(action_count, 1)
    database_ms = cpu_seconds(work / f"resources-{level}.csv", "database_cpu_percent") * 1000 / max(action_count, 1)
    if work_times:
        print("Without the sign-ins (the simulation's own record of every request):\n")
        print("| requests | p50 ms | p95 ms | p99 ms |")
        print("|---|---:|---:|---:|")
        p50, p95, p99 = percentiles(work_times)
        print(f"| all requests of signed-in users ({number(len(work_times))}) | {p50} | {p95} | {p99} |")
        for name, values in phases["work"].items():
            p50, p95, p99 = percentiles(values)
            print(f"| {name} ({number(len(values))}) | {p50} | {p95} | {p99} |")
        p50, p95, p99 = percentiles(sign_in_times)
        refused = len(phases["sign-in"].get("sign-in refused as busy", []))
        print(f"| sign in, the form sent ({number(len(sign_in_times))}, of which {number(refused)} told the portal"
              f" is busy and sent again 5 s later) | {p50} | {p95} | {p99} |")
        print(f"\nCPU per user action over the whole run ({number(action_count)} actions, a sign-in counted as one): the"
              f" portal {number(portal_ms)} ms, MariaDB {number(database_ms)} ms. During the hold (everyone signed in):"
              f" the portal {number(hold_portal_ms) if hold_portal_ms else '-'} ms, MariaDB"
              f" {number(hold_database_ms) if hold_database_ms else '-'} ms.\n")
    everything = next(iter(rows.values()), {})
    actions = {name: r for name, r in list(rows.items())[1:] if name != "screen drawn"}
    worst = max(actions.items(), key=lambda item: int(item[1]["p95"] or 0), default=("-", {}))
    screens = percentiles(work_times) if work_times else ("-", "-", "-")
    signing = percentiles(sign_in_times) if sign_in_times else ("-", "-", "-")
    summary.append((level, everything, res, per_user, worst, screens, signing, portal_ms if work_times else None,
                    hold_portal_ms))

print("## Summary\n")
print("All requests include the short message a browser sends once a screen is drawn; the slowest action is the user"
      " action (not that message) with the highest p95.\n")
print("\"Signed in\" are the requests of signed-in users (sign-ins apart); \"sign in\" is the form's POST (the"
      " password check).\n")
print("| users | requests | errors | p50 ms | p95 ms | p99 ms | signed in p50 / p95 / p99 ms | sign in p95 / p99 ms |"
      " slowest action: p95 / p99 ms | portal CPU % | MariaDB CPU % | machine CPU % of 200 | portal CPU ms per action"
      " (whole run / hold) | heap KB per user |")
print("|---:|---:|---:|---:|---:|---:|---|---|---|---:|---:|---:|---:|---:|")
for level, r, res, per_user, (name, w), screens, signing, cpu, hold_cpu in summary:
    print(f"| {number(int(level))} | {count(r.get('total'))} | {count(r.get('ko'))} | {r.get('p50')} | {r.get('p95')} | {r.get('p99')} | "
          f"{screens[0]} / {screens[1]} / {screens[2]} | {signing[1]} / {signing[2]} | "
          f"{name}: {w.get('p95')} / {w.get('p99')} | {number(res['portal_cpu'])} | {number(res['database_cpu'])} | "
          f"{number(res['machine_cpu'])} | {number(cpu) if cpu is not None else '-'} / {number(hold_cpu) if hold_cpu else '-'} | "
          f"{number(per_user) if per_user is not None else '-'} |")
