"""Reads Nsight Compute's source page as CSV (`ncu --import R --page source --print-source sass --csv`)
and prints the SASS instructions that take the most warp stall samples and that move the most global
sectors beyond what their threads use, each with its share of the kernel's total.

usage: ncu_hot.py SASS_CSV [TOP]
"""
import csv
import sys


def number(text):
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return 0.0


def column(header, *words):
    """The first column whose name holds all of words (case-insensitive), or None."""
    for i, name in enumerate(header):
        if all(w.lower() in name.lower() for w in words):
            return i
    return None


rows = list(csv.reader(open(sys.argv[1], newline="")))
top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
start = next((i for i, r in enumerate(rows) if column(r, "source") is not None), None)
if start is None:
    sys.exit("no header with a Source column in " + sys.argv[1])
header, body = rows[start], [r for r in rows[start + 1:] if len(r) == len(rows[start])]
source = column(header, "source")
address = column(header, "address")
print("columns:", " | ".join(header))
shown = set()
for words in [("warp stall sampling", "all"), ("theoretical sectors", "excessive"), ("sectors", "global")]:
    c = column(header, *words)
    if c is None or c in shown:
        continue
    shown.add(c)
    total = sum(number(r[c]) for r in body) or 1.0
    print(f"\n## {header[c]} (total {total:,.0f}), top {top}")
    for r in sorted(body, key=lambda r: -number(r[c]))[:top]:
        where = r[address] if address is not None else ""
        print(f"{100 * number(r[c]) / total:6.2f}%  {where}  {r[source].strip()}")
