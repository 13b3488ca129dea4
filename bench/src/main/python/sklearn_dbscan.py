#!/usr/bin/env python3
"""scikit-learn's DBSCAN on the same points as the JMH benchmark, timed the same way: fit only, after the data
is in memory, several repetitions, median reported.

    python3 sklearn_dbscan.py POINTS.csv [--eps 150] [--min-samples 10] [--repeat 3]

POINTS.csv has a header and x,y columns in metres (British National Grid), as written by
`Generate points`. min_samples counts the point itself, as Linkmap's minPoints does.
"""
import argparse, statistics, time

import numpy as np
from sklearn.cluster import DBSCAN


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("points")
    parser.add_argument("--eps", type=float, default=150)
    parser.add_argument("--min-samples", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    xy = np.loadtxt(args.points, delimiter=",", skiprows=1)
    times = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        labels = DBSCAN(eps=args.eps, min_samples=args.min_samples).fit(xy).labels_
        times.append(time.perf_counter() - started)
    clusters = len(set(labels)) - (1 if -1 in labels else 0)
    print(f"scikit-learn DBSCAN eps={args.eps:g} min_samples={args.min_samples} on {len(xy):,} points: "
          f"median {statistics.median(times) * 1000:.0f} ms of {args.repeat} (min {min(times) * 1000:.0f}, "
          f"max {max(times) * 1000:.0f}); {clusters} clusters, {int((labels == -1).sum()):,} noise")


if __name__ == "__main__":
    main()
