#!/usr/bin/env python3
"""Summary of one ../shared/bench run: our systems against stock Fuseki and the best peer, per metric.

usage: bench/summarize.py RUN_DIR [RUN_DIR_WITHOUT_CACHES]
RUN_DIR is $BENCH_WORK/runs/SIZE of one run (load.json, coldstart.json, measure.json); the optional
second directory is a run of the same size with our server started with caches off (PROJECT_FLAGS),
whose project figures are added as extra rows labelled "(no result cache)".
Writes markdown to stdout. Every ratio is taken within one run, as the shared bench's README requires.
"""
import json
import math
import os
import sys

BASELINE = "fuseki-mem"
PEERS = ["virtuoso", "oxigraph", "rdf4j-mem", "rdf4j-native"]
OURS = ["project", "project-tdb2"]


def read(run, name):
    path = os.path.join(run, name)
    return json.load(open(path)) if os.path.exists(path) else {}


def geomean(xs):
    xs = [x for x in xs if x]
    return math.exp(sum(map(math.log, xs)) / len(xs)) if xs else None


def fmt(x, digits=2):
    if x is None:
        return "—"
    if abs(x) >= 1000:
        return "{:,.0f}".format(x)
    return ("%." + str(digits) + "f") % x


def best(values, lower_is_better):
    found = {k: v for k, v in values.items() if v is not None}
    if not found:
        return None, None
    name = (min if lower_is_better else max)(found, key=found.get)
    return name, found[name]


class Run:
    def __init__(self, run):
        self.load = read(run, "load.json").get("load", {})
        self.triples = read(run, "load.json").get("triples_in_file")
        self.cold = read(run, "coldstart.json").get("coldstart", {})
        m = read(run, "measure.json")
        self.lat = m.get("latency", {})
        self.tput = m.get("throughput", {})
        self.rss = m.get("rss_mib", {})

    def latency_geomean(self, system):
        q = self.lat.get(system)
        return geomean([v.get("paired_ratio_vs_" + BASELINE) for v in q.values()]) if q else None

    def latency_ms(self, system, query):
        return self.lat.get(system, {}).get(query, {}).get("median_ms")

    def rps(self, system, label):
        return self.tput.get(system, {}).get(label, {}).get("rps_median")

    def tput_geomean_ratio(self, system):
        if system not in self.tput or BASELINE not in self.tput:
            return None
        return geomean([self.rps(system, l) / self.rps(BASELINE, l) for l in self.tput[BASELINE]
                        if self.rps(system, l) and self.rps(BASELINE, l)])

    def peak_rss(self, system):
        return self.rss.get(system, {}).get("end", {}).get("VmHWM")

    def load_rate(self, system):
        seconds = self.load.get(system, {}).get("seconds") or self.cold.get(system, {}).get("inproc_load_median_s")
        return self.triples / seconds if seconds and self.triples else None


def main():
    run = Run(sys.argv[1])
    plain = Run(sys.argv[2]) if len(sys.argv) > 2 else None
    systems = [s for s in [BASELINE, "fuseki-mem-tuned", "fuseki-tdb2", "fuseki-tdb2-tuned"] + PEERS + OURS
               if s in run.lat or s in run.cold or s in run.load]
    q09 = next((l for l in run.tput.get(BASELINE, {}) if l.startswith("q09")), None)
    queries = list(next(iter(run.lat.values())).keys()) if run.lat else []

    rows = []
    for s in systems:
        rows.append((s, run, s))
    if plain:
        for s in OURS:
            if s in plain.lat:
                rows.append((s + " (no result cache)", plain, s))

    print("| system | latency geomean vs fuseki-mem | q09 req/s | wrk geomean vs fuseki-mem | cold start s | load triples/s | peak RSS MiB |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for label, r, s in rows:
        cold = r.cold.get(s, {}).get("median_s")
        print("| %s | %s | %s | %s | %s | %s | %s |" % (
            label, fmt(r.latency_geomean(s)), fmt(r.rps(s, q09) if q09 else None, 0),
            fmt(r.tput_geomean_ratio(s)), fmt(cold), fmt(r.load_rate(s), 0), fmt(r.peak_rss(s), 0)))

    for title, r, ours in [("this run", run, [(s, s) for s in OURS if s in run.lat or s in run.cold])] + (
            [("the run without result cache", plain, [(s + " (no result cache)", s) for s in OURS if s in plain.lat])] if plain else []):
        peer_table(title, r, ours)


def peer_table(title, run, ours):
    """Our systems as a ratio to the best peer of the same run, per metric."""
    queries = list(next(iter(run.lat.values())).keys()) if run.lat else []
    print("\nBest peer per metric in %s, and our systems as a ratio to it (<1 is better for times and memory, >1 for rates):\n" % title)
    print("| metric | best peer | its value | " + " | ".join(label for label, _ in ours) + " |")
    print("|---|---|---:|" + "---:|" * len(ours))
    metrics = [("latency geomean vs fuseki-mem", lambda s: run.latency_geomean(s), True)]
    metrics += [("latency %s ms" % q.split("-")[0], (lambda q: lambda s: run.latency_ms(s, q))(q), True) for q in queries]
    for label in run.tput.get(BASELINE, {}):
        metrics.append(("wrk %s req/s" % label.split("-")[0], (lambda l: lambda s: run.rps(s, l))(label), False))
    metrics += [("cold start s", lambda s: run.cold.get(s, {}).get("median_s"), True),
                ("load triples/s", lambda s: run.load_rate(s), False),
                ("peak RSS MiB", lambda s: run.peak_rss(s), True)]
    for name, get, lower in metrics:
        peer, value = best({p: get(p) for p in PEERS}, lower)
        cells = [fmt(get(s) / value) if get(s) and value else "—" for _, s in ours]
        if peer or any(c != "—" for c in cells):
            print("| %s | %s | %s | %s |" % (name, peer or "—", fmt(value), " | ".join(cells)))

if __name__ == "__main__":
    main()
