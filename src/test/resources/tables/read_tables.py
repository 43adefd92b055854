"""Opens every analyst table with pandas, as a user would, and reports what it read as JSON.

Usage: python3 read_tables.py DIR   (DIR holds the tables and csv-metadata.json)

Prints {"pandas": version, "rows": {file: n}, "columns": {file: [names]},
"zhanaozen_ru": ..., "lists": {file: {column: [[items of each non-empty cell]]}},
"pairs": [[file, ids, labels, rows where the item counts differ]]} on standard output.
"""
import json
import os
import sys

import pandas as pd

SEPARATOR = " | "
# List columns of IRIs and the column of their names, which the codebook says are in the same order.
PAIRS = {
    "events.csv": [("type", "type_label"), ("organisers", "organiser_labels"), ("targets", "target_labels"),
                   ("perpetrators", "perpetrator_labels"), ("victims", "victim_labels")],
    "claims.csv": [("claimants", "claimant_labels")],
    "organisations.csv": [("type", "type_label"), ("parent_organisations", "parent_organisation_labels")],
    "persons.csv": [("type", "type_label"), ("posts", "post_labels"), ("employers", "employer_labels")],
    "places.csv": [("type", "type_label")],
}


def main(folder):
    with open(os.path.join(folder, "csv-metadata.json"), encoding="utf-8") as f:
        meta = json.load(f)
    report = {"pandas": pd.__version__, "rows": {}, "columns": {}, "lists": {}, "pairs": []}
    frames = {}
    for table in meta["tables"]:
        url = table["url"]
        # What docs/tables.md tells a user: UTF-8, every cell as text, empty cells stay empty.
        frame = pd.read_csv(os.path.join(folder, url), encoding="utf-8", dtype=str, keep_default_na=False)
        frames[url] = frame
        report["rows"][url] = int(len(frame))
        report["columns"][url] = list(frame.columns)
        lists = {}
        for column in table["tableSchema"]["columns"]:
            if "separator" in column:
                cells = frame[column["name"]]
                lists[column["name"]] = [cell.split(column["separator"]) for cell in cells if cell != ""]
        report["lists"][url] = lists
        for ids, labels in PAIRS.get(url, []):
            bad = [i for i, (a, b) in enumerate(zip(frame[ids], frame[labels]))
                   if len(a.split(SEPARATOR)) != len(b.split(SEPARATOR)) or (a == "") != (b == "")]
            report["pairs"].append([url, ids, labels, bad])
    places = frames["places.csv"]
    row = places[places["place"] == "https://w3id.org/kz-labour/id/place/zhanaozen"]
    report["zhanaozen_ru"] = row["label_ru"].iloc[0] if len(row) else None
    report["zhanaozen_kk"] = row["label_kk"].iloc[0] if len(row) else None
    json.dump(report, sys.stdout)  # ASCII with \u escapes: safe whatever the locale of the caller


if __name__ == "__main__":
    main(sys.argv[1])
