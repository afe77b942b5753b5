#!/usr/bin/env python3
"""Summarises a memory-benchmark run (scripts/memory-benchmark.sh) as Markdown: per role and number of screens, the
heap after a full GC before, with the screens open, after the tabs closed and after the sessions expired, the KB per
screen, and the classes that grew most while the screens were open."""
import re
import sys
from pathlib import Path

work = Path(sys.argv[1])


def heap_mb(name):
    path = work / f"heap-{name}.txt"
    if not path.exists():
        return None
    match = re.search(r"used (\d+)K", path.read_text())
    return int(match.group(1)) / 1024


def histogram(name):
    """class name -> bytes, from jcmd GC.class_histogram."""
    classes = {}
    for line in (work / f"heap-{name}.histo").read_text().splitlines():
        parts = line.split()
        if len(parts) >= 4 and parts[0].endswith(":"):
            classes[parts[3]] = int(parts[2])
    return classes


def number(value, digits=1):
    if value is None:
        return "—"
    text = f"{value:,.{digits}f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


print("# Memory per signed-in screen\n")
print("Heap used after a full GC (MB); per screen = (open − before) / N.\n")
print("| role | screens | before | open | tabs closed | sessions expired | KB per screen | KB kept per screen after close |"
      " KB kept per screen after expiry |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
growth = {}
for line in (work / "runs.txt").read_text().split("\n"):
    if not line.strip():
        continue
    role, count = line.split()
    n = int(count)
    run = f"{role}-{count}"
    before, opened, closed, expired = (heap_mb(f"{run}-{stage}") for stage in ("0-before", "1-open", "2-closed", "3-expired"))
    kept = None if expired is None else (expired - before) * 1024 / n
    print(f"| {role} | {n} | {number(before)} | {number(opened)} | {number(closed)} | {number(expired)} | "
          f"{number((opened - before) * 1024 / n)} | {number((closed - before) * 1024 / n)} | {number(kept)} |")
    base, top = histogram(f"{run}-0-before"), histogram(f"{run}-1-open")
    growth[run] = sorted(((size - base.get(name, 0), name) for name, size in top.items()), reverse=True)[:15]

for run, classes in growth.items():
    role, count = run.rsplit("-", 1)
    print(f"\n## What {count} open screens of the {role} hold (classes that grew most, KB per screen)\n")
    print("| class | KB per screen |")
    print("|---|---:|")
    for size, name in classes:
        print(f"| `{name}` | {number(size / 1024 / int(count), 2)} |")
