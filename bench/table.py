#!/usr/bin/env python3
"""table.py — print bench/run.sh's results: one row per file, query and tool,
with wall seconds (median of the runs), MB/s, events/s, the CPU seconds
(user + system) of the median run, peak RSS, and splq's speed ratio
to the tool (>1: splq is faster)."""
import sys

QNAME = {"q1": "Q1 JobCreated, stats by 6", "q2": "Q2 stats count by eventName",
         "q3": "Q3 eval, dc() by arn"}
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
splq = {(r[0], r[1]): r[3] for r in rows if r[2] == "splq"}
print(f"{'file':<16} {'query':<28} {'tool':<9} {'runs':>4} {'wall s':>8} {'MB/s':>8} "
      f"{'events/s':>11} {'cpu s':>7} {'RSS MB':>7} {'splq x':>7}")
for f, q, tool, med, rss, n, size, events, cpu in rows:
    if med == "fail":
        print(f"{f:<16} {QNAME[q]:<28} {tool:<9} failed")
        continue
    t = float(med)
    mbs = int(size) / 1e6 / t if t > 0 else float("inf")
    eps = int(events) / t if t > 0 else float("inf")
    name = {"grep": "grep -c", "cat": "cat", "splqzcat": "zcat|splq"}.get(tool, tool)
    ratio = ""
    base = splq.get((f, q))
    if tool != "splq" and base not in (None, "fail") and float(base) > 0:
        ratio = f"{t / float(base):.2f}"
    print(f"{f:<16} {QNAME[q]:<28} {name:<9} {n:>4} {t:>8.2f} {mbs:>8.1f} {eps:>11,.0f} {float(cpu):>7.2f} "
          f"{int(rss) / 1024:>7.1f} {ratio:>7}")
