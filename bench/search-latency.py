#!/usr/bin/env python3
"""Latency of GET /search over the search test set, one client, one kept-alive connection.

usage: search-latency.py PORT TSV [--rounds 5] [--warmup 2] [--format json|html]
Prints p50, p95, p99 and max in milliseconds over rounds x queries requests (after the warm-up
rounds), and the number of non-200 answers. Python 3 standard library only.
"""
import argparse
import http.client
import statistics
import sys
import time
import urllib.parse


def queries(tsv):
    with open(tsv, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f][1:]
    return [r[0] for r in rows if r and r[0]]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("port", type=int)
    ap.add_argument("tsv")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--format", default="json", choices=["json", "html"])
    a = ap.parse_args()
    qs = queries(a.tsv)
    conn = http.client.HTTPConnection("127.0.0.1", a.port, timeout=30)
    times, errors = [], 0
    for rnd in range(a.warmup + a.rounds):
        for q in qs:
            path = "/search?format=%s&q=%s" % (a.format, urllib.parse.quote(q))
            t0 = time.perf_counter()
            conn.request("GET", path)
            resp = conn.getresponse()
            resp.read()
            dt = (time.perf_counter() - t0) * 1000
            if rnd >= a.warmup:
                times.append(dt)
                if resp.status != 200:
                    errors += 1
    times.sort()
    def pct(p):
        return times[min(len(times) - 1, int(round(p / 100 * len(times))) - 1)]
    print("requests=%d queries=%d rounds=%d non200=%d p50=%.2fms p95=%.2fms p99=%.2fms max=%.2fms mean=%.2fms"
          % (len(times), len(qs), a.rounds, errors, pct(50), pct(95), pct(99), times[-1], statistics.mean(times)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
