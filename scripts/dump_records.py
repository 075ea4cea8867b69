#!/usr/bin/env python3
"""Every record of a meetings folder straight from the TOML (not through docket), one per
line: `file:line<TAB>kind<TAB>item title<TAB>topic<TAB>text`. A reading aid for making
relevance judgments; `file:line` is the key the judged set uses (docket's `path`+`line`).

usage: scripts/dump_records.py DIR > records.tsv
"""
import pathlib
import re
import sys
import tomllib

HEADER = re.compile(r"^\s*\[\[\s*(item(?:\s*\.\s*(outcome|action))?)\s*\]\]")


def records(path):
    text = path.read_text(encoding="utf-8")
    doc = tomllib.loads(text)
    name = path.name
    # Header lines in order: the nth [[item]] is item n, and so on within an item.
    items = []
    for no, line in enumerate(text.splitlines(), 1):
        m = HEADER.match(line)
        if not m:
            continue
        if m.group(2) is None:
            items.append({"line": no, "outcome": [], "action": []})
        else:
            items[-1][m.group(2)].append(no)
    flat = lambda s: " ".join(str(s).split())
    yield f"{name}:1", "meeting", "", "", flat(doc.get("title", ""))
    for item, lines in zip(doc.get("item", []), items):
        title, topic = item.get("title", ""), item.get("topic", "")
        parts = [title, item.get("notes", "") or ""]
        parts += ["#" + t for t in item.get("tags", [])]
        if item.get("presenter"):
            parts.append("@" + item["presenter"])
        yield f"{name}:{lines['line']}", "item", title, topic, flat(" · ".join(p for p in parts if p))
        for o, no in zip(item.get("outcome", []), lines["outcome"]):
            yield f"{name}:{no}", o.get("kind", "note"), title, topic, flat(o.get("text", ""))
        for a, no in zip(item.get("action", []), lines["action"]):
            owner = " · @" + a["owner"] if a.get("owner") else ""
            yield f"{name}:{no}", "action", title, topic, flat(a.get("text", "") + owner)


def main():
    root = pathlib.Path(sys.argv[1])
    for path in sorted(root.glob("*.toml")):
        for rec in records(path):
            print("\t".join(rec))


if __name__ == "__main__":
    main()
