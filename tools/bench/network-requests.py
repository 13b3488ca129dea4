#!/usr/bin/env python3
"""2-hop neighbourhoods and shortest paths against a running service holding the network benchmark's graph.

    LINKMAP_PASSWORD=bench python3 network-requests.py --base http://127.0.0.1:18098 \
        --ids /tmp/linkmap-network-bench-1m/ids.txt --rounds 3

The graph is the one NetworkBenchmark generates (its ids.txt lists the entities, people first: 60% of them).
One keep-alive connection, HTTP Basic. Each round asks for --hops random people's 2-hop neighbourhoods, then
--paths shortest paths between two people of one community (ids within the same thousand) and between two
people anywhere, and prints p50 and p95 of each. --warm rounds are run first and not reported.
"""
import argparse, base64, http.client, os, random, time
from urllib.parse import urlparse


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="http://127.0.0.1:8080")
    parser.add_argument("--user", default="analyst")
    parser.add_argument("--ids", required=True)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--warm", type=int, default=2)
    parser.add_argument("--hops", type=int, default=200)
    parser.add_argument("--paths", type=int, default=100)
    args = parser.parse_args()
    ids = open(args.ids).read().split()
    people = int(len(ids) * 0.6)
    url = urlparse(args.base)
    auth = "Basic " + base64.b64encode(f"{args.user}:{os.environ['LINKMAP_PASSWORD']}".encode()).decode()
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=60)

    def timed(path):
        started = time.perf_counter()
        conn.request("GET", path, headers={"Authorization": auth})
        reply = conn.getresponse()
        reply.read()
        if reply.status != 200:
            raise SystemExit(f"{path}: {reply.status}")
        return (time.perf_counter() - started) * 1000

    for round in range(args.warm + args.rounds):
        pick = random.Random(round)
        hop2 = [timed(f"/api/network/{ids[pick.randrange(people)]}?depth=2") for _ in range(args.hops)]
        near, anywhere = [], []
        for _ in range(args.paths):
            a = pick.randrange(people)
            b = min(people - 1, a // 1000 * 1000 + pick.randrange(1000))
            near.append(timed(f"/api/network/paths?from={ids[a]}&to={ids[b]}"))
            anywhere.append(timed(f"/api/network/paths?from={ids[pick.randrange(people)]}&to={ids[pick.randrange(people)]}"))
        if round >= args.warm:
            for label, values in (("2-hop", hop2), ("paths, one community", near), ("paths, anywhere", anywhere)):
                print(f"round {round - args.warm + 1} {label}: n={len(values)} p50 {percentile(values, 50):.1f} ms, "
                      f"p95 {percentile(values, 95):.1f} ms")


if __name__ == "__main__":
    main()
