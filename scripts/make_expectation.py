#!/usr/bin/python3
"""Drafts a partial expectation (X.expected.json) from bilag's JSON output.

Usage: bilag extract DOC | scripts/make_expectation.py > DOC-stem.expected.json

The draft keeps what a reviewer checks against the source document: the
document metadata, each initiative's name, numbering, theme, amounts and
quantitative targets, and the budget cells. Free text (field values, target
sentences) is left out so that a wording fix in normalisation does not fail
every case. A draft is not an answer: check every value against the document
by hand before committing it.
"""
import json
import sys

out = json.load(sys.stdin)
doc = {k: v for k, v in out["document"].items() if k != "provenance"}
initiatives = []
for i in out["initiatives"]:
    initiatives.append({
        "name": i["name"], "section": i["section"], "theme": i["theme"],
        "amounts": [{k: a[k] for k in ("dkk", "year", "approximate", "per_year", "page", "line")}
                    for a in i["amounts"]],
        "targets": [{k: t[k] for k in ("kind", "year", "value", "value_max", "unit", "comparator", "page", "line")
                     if k in t} for t in i["targets"]],
    })
budget = [{k: b[k] for k in ("item", "year", "dkk", "total", "note", "page", "line")} for b in out["budget"]]
expectation = {"source": {"media_type": out["source"]["media_type"], "pages": out["source"]["pages"]},
               "document": doc, "initiatives": initiatives, "budget": budget}
json.dump(expectation, sys.stdout, ensure_ascii=False, indent=2)
sys.stdout.write("\n")
