#!/usr/bin/env python3
"""Sequential requests against a running service, as an agency system or a script would send them.

    LINKMAP_PASSWORD=SECRET python3 sequential-requests.py --base http://127.0.0.1:8080 --user analyst \
        --submissions bulk.ndjson --count 500 --gets 500

One keep-alive connection with HTTP Basic on every request (no session). Sends --count submissions from
the NDJSON file one at a time to POST /api/submissions (--rounds times, the next --count lines each round:
how the rate settles as the service warms), then --gets times GET /api/me, and prints the rate and the
latency percentiles of each.
"""
import argparse, base64, http.client, os, statistics, time
from urllib.parse import urlparse


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def report(label, latencies, seconds, statuses):
    ms = [x * 1000 for x in latencies]
    print(f"{label}: {len(ms)} in {seconds:.1f} s = {len(ms) / seconds:.0f}/s; p50 {percentile(ms, 50):.1f} ms, "
          f"p95 {percentile(ms, 95):.1f} ms, p99 {percentile(ms, 99):.1f} ms; statuses {sorted(set(statuses))}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="http://127.0.0.1:8080")
    parser.add_argument("--user", default="analyst")
    parser.add_argument("--submissions")
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=1, help="send --count submissions this many times, the next lines each time, reporting each round")
    parser.add_argument("--gets", type=int, default=500)
    args = parser.parse_args()
    url = urlparse(args.base)
    auth = "Basic " + base64.b64encode(f"{args.user}:{os.environ['LINKMAP_PASSWORD']}".encode()).decode()
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=60)

    def call(method, path, body=None):
        headers = {"Authorization": auth, "Accept": "application/json"}
        if body is not None:
            headers["Content-Type"] = "application/json"
        started = time.perf_counter()
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        response.read()
        return time.perf_counter() - started, response.status

    if args.submissions:
        with open(args.submissions, encoding="utf-8") as lines:
            bodies = [line for _, line in zip(range(args.count * args.rounds), lines)]
        for round_ in range(args.rounds):
            latencies, statuses, started = [], [], time.perf_counter()
            for body in bodies[round_ * args.count:(round_ + 1) * args.count]:
                seconds, status = call("POST", "/api/submissions", body.encode())
                latencies.append(seconds)
                statuses.append(status)
            label = "POST /api/submissions" if args.rounds == 1 else f"POST /api/submissions, round {round_ + 1}"
            report(label, latencies, time.perf_counter() - started, statuses)
    latencies, statuses, started = [], [], time.perf_counter()
    for _ in range(args.gets):
        seconds, status = call("GET", "/api/me")
        latencies.append(seconds)
        statuses.append(status)
    report("GET /api/me", latencies, time.perf_counter() - started, statuses)


if __name__ == "__main__":
    main()
