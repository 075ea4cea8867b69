#!/usr/bin/env python3
"""Scores search engines on a judged set: nDCG@10 and P@5, per kind of question.

Engines, all over the same records:
  docket  `docket search DIR Q --json --limit 10`
  fts5    SQLite FTS5 (tokenizer `porter unicode61 remove_diacritics 2`, ranked by bm25) over
          the lines of `docket search --list DIR`; every word is required and the last one
          is a prefix (`"w1" "w2"*`), as a search-as-you-type box would send it
  fzf     `fzf --filter Q` over the same lines (needs fzf on PATH; skipped otherwise)

A hit is identified by `FILE:LINE` (file name and header line). P@5 counts grades >= 2.

usage: scripts/relevance.py [--docket BIN] [--list-docket BIN] [--dir DIR] [--set FILE] [--engines a,b] [--detail]
"""
import argparse
import json
import math
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tomllib
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEY = re.compile(r"([^/\s\[]+\.toml):(\d+)\]\s*$")


def ndcg(ranked, grades, k=10):
    dcg = sum((2 ** grades.get(key, 0) - 1) / math.log2(i + 2) for i, key in enumerate(ranked[:k]))
    ideal = sorted(grades.values(), reverse=True)[:k]
    idcg = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def precision(ranked, grades, k=5):
    return sum(1 for key in ranked[:k] if grades.get(key, 0) >= 2) / k


def dedup(keys):
    seen, out = set(), []
    for k in keys:
        if k not in seen:
            seen.add(k)
            out.append(k)
    return out


class Docket:
    name = "docket"

    def __init__(self, binary, folder):
        self.binary, self.folder = binary, folder

    def search(self, query):
        out = subprocess.run(
            [self.binary, "search", self.folder, query, "--json", "--limit", "10"],
            capture_output=True, text=True, check=True,
        ).stdout
        return [f"{os.path.basename(h['path'])}:{h['line']}" for h in json.loads(out)]


def list_lines(binary, folder):
    out = subprocess.run([binary, "search", "--list", folder], capture_output=True, text=True, check=True)
    return out.stdout.splitlines()


def key_of(line):
    m = KEY.search(line)
    return f"{m.group(1)}:{m.group(2)}" if m else None


class Fts5:
    name = "fts5"

    def __init__(self, lines):
        self.db = sqlite3.connect(":memory:")
        self.db.execute(
            "CREATE VIRTUAL TABLE r USING fts5(key UNINDEXED, body, "
            "tokenize = 'porter unicode61 remove_diacritics 2')"
        )
        self.db.executemany("INSERT INTO r VALUES (?, ?)", [(key_of(l), l) for l in lines])

    def search(self, query):
        words = [w.replace('"', '""') for w in query.split()]
        if not words:
            return []
        terms = [f'"{w}"' for w in words]
        terms[-1] += "*"
        rows = self.db.execute(
            "SELECT key FROM r WHERE r MATCH ? ORDER BY bm25(r) LIMIT 10", (" ".join(terms),)
        ).fetchall()
        return [r[0] for r in rows]


class Fzf:
    name = "fzf"

    def __init__(self, lines):
        self.input = "\n".join(lines) + "\n"

    def search(self, query):
        out = subprocess.run(
            ["fzf", "--filter", query], input=self.input, capture_output=True, text=True
        ).stdout
        return dedup([k for k in map(key_of, out.splitlines()[:10]) if k])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docket", default=None)
    ap.add_argument("--list-docket", default=None, help="docket that prints --list (default: --docket)")
    ap.add_argument("--dir", default=os.path.join(ROOT, "tests/fixtures/asf-board"))
    ap.add_argument("--set", default=os.path.join(ROOT, "bench/relevance/asf.toml"))
    ap.add_argument("--engines", default="docket,fts5,fzf")
    ap.add_argument("--detail", action="store_true", help="one line per question")
    args = ap.parse_args()
    binary = args.docket or next(
        (p for p in (os.path.join(ROOT, "target/release/docket"), os.path.join(ROOT, "target/debug/docket"))
         if os.path.exists(p)), None)
    if binary is None:
        sys.exit("build docket first (cargo build --release)")
    with open(args.set, "rb") as f:
        questions = tomllib.load(f)["q"]
    lines = list_lines(args.list_docket or binary, args.dir)
    engines = []
    for name in args.engines.split(","):
        if name == "docket":
            engines.append(Docket(binary, args.dir))
        elif name == "fts5":
            engines.append(Fts5(lines))
        elif name == "fzf":
            if shutil.which("fzf"):
                engines.append(Fzf(lines))
            else:
                print("fzf not found: skipped", file=sys.stderr)
    scores = defaultdict(lambda: defaultdict(list))  # engine -> kind -> [(ndcg, p5)]
    for q in questions:
        row = []
        for e in engines:
            ranked = e.search(q["query"])
            n, p = ndcg(ranked, q["grades"]), precision(ranked, q["grades"])
            scores[e.name][q["kind"]].append((n, p))
            scores[e.name]["overall"].append((n, p))
            row.append(f"{e.name} {n:.2f}/{p:.1f}")
        if args.detail:
            print(f"{q['kind']:<12} {q['query']:<28} " + "  ".join(row))
    kinds = ["exact", "typo", "prefix", "descriptive", "overall"]
    print(f"\nnDCG@10 / P@5 over {len(questions)} questions ({binary})")
    print("| engine | " + " | ".join(kinds) + " |")
    print("|---" * (len(kinds) + 1) + "|")
    for e in engines:
        cells = []
        for k in kinds:
            v = scores[e.name][k]
            cells.append(f"{sum(x[0] for x in v) / len(v):.3f} / {sum(x[1] for x in v) / len(v):.2f}")
        print(f"| {e.name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
