#!/usr/bin/env python3
"""Bounded HTTP load for the replica test: a fixed mix of read requests against one base URL.

Why: the replica test must show that a client of the load balancer sees no failed request and always the
same answer while replicas are stopped, killed and restarted. Every request is one of a small set of
requests (SPARQL GET and POST, an entity page, its Turtle, search, reconciliation, the landing page);
the expected body of each is taken first (--reference URL, one replica asked directly), and every answer
under load must have status 200 and exactly that body.

Stops after --requests requests, or after --seconds, or when --until-file exists (whichever comes
first); only loopback addresses are accepted as targets.

Prints one JSON line: requests, failures, wrong answers, seconds, requests/s and the first few problems.
Exit status 1 if any request failed or answered differently.
"""
import argparse
import hashlib
import http.client
import json
import os
import re
import sys
import threading
import time
import urllib.parse

KZL = "https://w3id.org/kz-labour/ontology#"
Q_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
Q_EVENTS = ("PREFIX kzl: <%s> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            "SELECT ?event ?label WHERE { ?event a kzl:Event ; rdfs:label ?label . FILTER (lang(?label) = \"en\") }\n"
            "ORDER BY ?event" % KZL)
Q_CLAIMS = ("PREFIX kzl: <%s>\nSELECT ?claimant (COUNT(?claim) AS ?n) WHERE { ?claim a kzl:Claim ; kzl:claimant ?claimant }\n"
            "GROUP BY ?claimant ORDER BY DESC(?n) ?claimant" % KZL)
RECONCILE = json.dumps({"q0": {"query": "Zhanaozen", "limit": 3}, "q1": {"query": "West Oil Software", "limit": 3}})

# (name, method, path, headers, body)
REQUESTS = [
    ("sparql-get-count", "GET", "/sparql?query=" + urllib.parse.quote(Q_COUNT), {"Accept": "application/sparql-results+json"}, None),
    ("sparql-post-events", "POST", "/sparql", {"Content-Type": "application/x-www-form-urlencoded",
                                             "Accept": "application/sparql-results+json"},
     urllib.parse.urlencode({"query": Q_EVENTS})),
    ("sparql-post-claims", "POST", "/sparql", {"Content-Type": "application/sparql-query", "Accept": "text/csv"}, Q_CLAIMS),
    ("entity-html", "GET", "/id/event/zhanaozen-2011", {"Accept": "text/html"}, None),
    ("entity-turtle", "GET", "/id/event/zhanaozen-2011", {"Accept": "text/turtle"}, None),
    ("search", "GET", "/search?q=" + urllib.parse.quote("Жанаозен"), {"Accept": "application/json"}, None),
    ("reconcile-post", "POST", "/reconcile", {"Content-Type": "application/x-www-form-urlencoded"},
     urllib.parse.urlencode({"queries": RECONCILE})),
    ("landing", "GET", "/", {"Accept": "text/html"}, None),
]


def loopback(url):
    host = urllib.parse.urlsplit(url).hostname
    if host not in ("127.0.0.1", "localhost", "::1"):
        sys.exit("load.py: only loopback targets are allowed, not %s" % host)
    return urllib.parse.urlsplit(url)


class Client:
    """One keep-alive connection; reconnects after any error (a real client would too)."""

    def __init__(self, url, timeout, host_header):
        parts = loopback(url)
        self.host, self.port, self.timeout = parts.hostname, parts.port or 80, timeout
        self.host_header = host_header
        self.conn = None

    def send(self, method, path, headers, body):
        if self.conn is None:
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        try:
            headers = dict(headers, Host=self.host_header)
            self.conn.request(method, path, body=body.encode("utf-8") if body is not None else None, headers=headers)
            response = self.conn.getresponse()
            data = response.read()
            if response.getheader("Connection", "").lower() == "close":
                self.close()
            return response.status, data
        except Exception:
            self.close()
            raise

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None


NAMES = re.compile(rb'(<section class="names"><h2>Names</h2><p>)(.*?)(</p></section>)', re.S)


def digest(data):
    """SHA-256 of the body; in an entity page the names section counts as a set of names.

    publish/EntityPage lists an entity's names in the store's iteration order, which differs between two
    processes holding the same release (reported; docs/scaling.md): same names, another order.
    """
    data = NAMES.sub(lambda m: m.group(1) + b" \xc2\xb7 ".join(sorted(m.group(2).split(b" \xc2\xb7 "))) + m.group(3), data)
    return hashlib.sha256(data).hexdigest()


def references(url, timeout, host_header):
    client = Client(url, timeout, host_header)
    expected = {}
    for name, method, path, headers, body in REQUESTS:
        status, data = client.send(method, path, headers, body)
        if status != 200:
            sys.exit("load.py: reference request %s answered %d: %s" % (name, status, data[:200]))
        expected[name] = digest(data)
    client.close()
    return expected


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("url", help="base URL under load, e.g. http://127.0.0.1:18080")
    ap.add_argument("--reference", help="base URL that gives the expected answers (default: url)")
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--seconds", type=float, default=120.0)
    ap.add_argument("--until-file", help="stop once this file exists")
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--timeout", type=float, default=70.0, help="per request, seconds")
    ap.add_argument("--host-header", default="kz-labour.test",
                    help="Host header sent (pages show their own URL, so replicas asked directly must see one host)")
    args = ap.parse_args()

    expected = references(args.reference or args.url, args.timeout, args.host_header)
    lock = threading.Lock()
    state = {"next": 0, "done": 0, "failed": 0, "wrong": 0, "problems": [], "by_status": {}, "ms": {}}
    deadline = time.monotonic() + args.seconds

    def take():
        with lock:
            if state["next"] >= args.requests or time.monotonic() > deadline:
                return None
            if args.until_file and os.path.exists(args.until_file):
                return None
            i = state["next"]
            state["next"] += 1
            return i

    def note(kind, text):
        with lock:
            state[kind] += 1
            if len(state["problems"]) < 10:
                state["problems"].append(text)

    def worker():
        client = Client(args.url, args.timeout, args.host_header)
        while True:
            i = take()
            if i is None:
                break
            name, method, path, headers, body = REQUESTS[i % len(REQUESTS)]
            t0 = time.monotonic()
            try:
                status, data = client.send(method, path, headers, body)
                with lock:
                    state["ms"].setdefault(name, []).append((time.monotonic() - t0) * 1000)
            except Exception as e:  # connection refused or reset, timeout: a failed request
                note("failed", "%s: %s: %s" % (name, type(e).__name__, e))
                continue
            with lock:
                state["done"] += 1
                state["by_status"][status] = state["by_status"].get(status, 0) + 1
            if status != 200:
                note("failed", "%s: HTTP %d %s" % (name, status, data[:120].decode("utf-8", "replace").strip()))
            elif digest(data) != expected[name]:
                note("wrong", "%s: body differs from the reference (%d bytes)" % (name, len(data)))
        client.close()

    start = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(args.concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.monotonic() - start
    sent = state["next"]
    print(json.dumps({
        "requests": sent, "answered": state["done"], "failed": state["failed"], "wrong": state["wrong"],
        "seconds": round(seconds, 2), "requests_per_second": round(sent / seconds, 1) if seconds > 0 else None,
        "by_status": state["by_status"],
        "median_ms": {k: round(sorted(v)[len(v) // 2], 1) for k, v in sorted(state["ms"].items())},
        "problems": state["problems"],
    }))
    sys.exit(0 if state["failed"] == 0 and state["wrong"] == 0 else 1)


if __name__ == "__main__":
    main()
