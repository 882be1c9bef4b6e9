#!/usr/bin/python3
"""Share of documents whose document fields (title, years, ...) are right.

Issue 12 is checked on "the title and the years it covers right in at least
90 % of documents" per input variant; the scorer folds every document field
into one F1, which hides a title that is wrong on many documents behind
fields that are right. This prints, per family and variant, how many
documents have each field right (same normalisation as the scorer:
../shared/devset/score.py's norm_field), and lists the wrong ones with
--wrong.

Usage:
  scripts/family_f1.py --bilag B --seeds 300-339 --variants pdf,txt --keep --out W
  scripts/document_fields.py W                      # a family_f1.py work folder
  scripts/document_fields.py --devset OUT           # devset outputs (devset_f1.sh --out)
  scripts/document_fields.py W --fields title,years --wrong 5
"""

import argparse
import glob
import importlib.util
import json
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEVSET = os.path.join(REPO, "..", "shared", "devset")

# Output suffix of each variant, as family_f1.py and the devset name them.
VARIANT_OF_SUFFIX = [
    (".engocr.pdf.json", "engocr"),
    (".scan.pdf.json", "scan"),
    (".html.txt.json", "htmltxt"),
    (".raw.txt.json", "rawtxt"),
    (".pdf.json", "pdf"),
    (".txt.json", "txt"),
]


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", os.path.join(DEVSET, "score.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def split_output_name(filename):
    for suffix, variant in VARIANT_OF_SUFFIX:
        if filename.endswith(suffix):
            return filename[: -len(suffix)], variant
    return None, None


def pairs_in(gold_dir, out_dir, family):
    """(family, variant, name, gold document, predicted document)"""
    for path in sorted(glob.glob(os.path.join(out_dir, "*.json"))):
        name, variant = split_output_name(os.path.basename(path))
        gold_path = os.path.join(gold_dir, f"{name}.json") if name else None
        if not gold_path or not os.path.exists(gold_path):
            continue
        with open(gold_path, encoding="utf-8") as f:
            gold = json.load(f).get("document") or {}
        try:
            with open(path, encoding="utf-8") as f:
                predicted = json.load(f).get("document") or {}
        except (OSError, json.JSONDecodeError, AttributeError):
            predicted = {}
        yield family, variant, name, gold, predicted


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("work", nargs="?", help="family_f1.py --keep work folder")
    parser.add_argument("--devset", help="folder of devset outputs (NAME.VARIANT.json)")
    parser.add_argument("--fields", default="title,years")
    parser.add_argument("--wrong", type=int, default=0, help="list up to N wrong documents per row")
    args = parser.parse_args()
    if not args.work and not args.devset:
        parser.error("give a family work folder or --devset OUT")

    scorer = load_scorer()
    fields = args.fields.split(",")
    rows = []
    if args.devset:
        rows += list(pairs_in(os.path.join(DEVSET, "gold"), args.devset, "devset"))
    if args.work:
        for family_dir in sorted(glob.glob(os.path.join(args.work, "*", "gold"))):
            family_dir = os.path.dirname(family_dir)
            rows += list(pairs_in(os.path.join(family_dir, "gold"), os.path.join(family_dir, "out"),
                                  os.path.basename(family_dir)))

    table = {}
    for family, variant, name, gold, predicted in rows:
        for field in fields:
            want = scorer.norm_field(field, gold.get(field))
            if want is None:
                continue
            got = scorer.norm_field(field, predicted.get(field))
            cell = table.setdefault((family, variant, field), [0, 0, []])
            cell[1] += 1
            if got == want:
                cell[0] += 1
            else:
                cell[2].append((name, gold.get(field), predicted.get(field)))

    print(f"{'family':12} {'variant':8} {'field':10} {'right':>7} {'docs':>5} {'share':>6}")
    totals = {}
    for (family, variant, field), (right, docs, wrong) in sorted(table.items()):
        print(f"{family:12} {variant:8} {field:10} {right:7} {docs:5} {right / docs:6.1%}")
        total = totals.setdefault((variant, field), [0, 0])
        total[0] += right
        total[1] += docs
        for name, want, got in wrong[: args.wrong]:
            print(f"    {name}: gold {want!r} got {got!r}")
    for (variant, field), (right, docs) in sorted(totals.items()):
        print(f"{'all':12} {variant:8} {field:10} {right:7} {docs:5} {right / docs:6.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
