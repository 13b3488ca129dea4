#!/usr/bin/env python3
"""CPU seconds a running JVM has used, by thread group: the JIT compilers (C2, C1), the garbage collector, and
the busiest other threads by name (threads still running; the total counts those that have ended too). Reads /proc, so it works on any JVM without attaching to it.

    tools/bench/thread-cpu.py PID            one line, for example "C2 47.7, neo4j.BoltWorke 35.3, C1 10.2, ..."
"""
import collections
import os
import sys


def group(name):
    if name.startswith("C2 Compiler"):
        return "C2 JIT"
    if name.startswith("C1 Compiler"):
        return "C1 JIT"
    if "GC" in name or name.startswith(("G1 ", "VM Thread")):
        return "GC and VM"
    return name


def cpu_seconds(stat_file):
    """User plus system CPU from a /proc stat file (fields 14 and 15, counted after the name in parentheses)."""
    with open(stat_file) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_by_group(pid):
    totals = collections.Counter()
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/comm") as f:
                name = f.read().strip()
            cpu = cpu_seconds(f"/proc/{pid}/task/{tid}/stat")
        except OSError:
            continue  # the thread ended while being read
        totals[group(name)] += cpu
    return totals


def main():
    totals = cpu_by_group(sys.argv[1])
    total = cpu_seconds(f"/proc/{sys.argv[1]}/stat")  # the whole process, threads already ended included
    jit = totals["C2 JIT"] + totals["C1 JIT"]
    top = ", ".join(f"{k} {v:.1f}" for k, v in totals.most_common(6))
    print(f"{total:.1f} CPU s, JIT compilers {jit:.1f} ({100 * jit / max(total, 1e-9):.0f}%): {top}")


if __name__ == "__main__":
    main()
