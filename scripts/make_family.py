#!/usr/bin/python3
"""Generates documents of the five bilag families with their answers (gold).

    /usr/bin/python3 scripts/make_family.py --family all --seeds 1-30 --out /tmp/fam
    /usr/bin/python3 scripts/make_family.py --family results --seeds 7 --out /tmp/fam --variants pdf,scan,txt
    /usr/bin/python3 scripts/make_family.py --count-choices        # kinds of choices per family

Families: statusskema (key/value table per initiative + budget table),
results (results table with year columns), handleplan (sub-goal prose),
status (Indsatser | Succeskriterier | Status table), letter (letter with a
side column and a results table).  Every layout and wording decision
(letterhead and title placement, fonts and sizes, header styles and column
orders, label synonyms and colons, list markers, number and amount forms,
page breaks inside tables, scan quality, ...) is drawn from the seed
(scripts/docgen/families.py), so a document is the same for the same
family and seed, and new seeds give layouts no rule was written for.

Writes, for each family NAME and seed S:
  DIR/NAME-S.pdf          born-digital PDF (reportlab)
  DIR/NAME-S.scan.pdf     (variant scan) image-only scan: grey JPEG or 1-bit PNG pages, 150-300 dpi,
                          turned 0.2-1.5 degrees, noise and blur, no text layer
  DIR/NAME-S.txt          (variant txt) `pdftotext -layout` of the PDF
  DIR/NAME-S.raw.txt      (variant raw) `pdftotext` of the PDF without -layout (cells one after another)
  DIR/gold/NAME-S.json    the answer in the shape of shared/devset/gold/*.json (score.py scores it)
  DIR/choices/NAME-S.json what was drawn for the document (for reading the worst cases)

The gold follows the development set's conventions (shared/devset/README.md,
"Gold conventions").  Needs python3-reportlab, poppler-utils, imagemagick,
img2pdf; fonts-dejavu-core, fonts-liberation2, fonts-freefont-ttf (a missing
font package falls back to DejaVu).
"""
import argparse
import json
import os
import subprocess
import sys
import zlib
from concurrent.futures import ProcessPoolExecutor

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from docgen import families, model  # noqa: E402

VARIANTS = {"pdf": ".pdf", "scan": ".scan.pdf", "txt": ".txt", "raw": ".raw.txt"}
# the scorer's (score.py) names of the variants, as the gold lists them
GOLD_VARIANT = {"pdf": "pdf", "scan": "scan", "txt": "txt", "raw": "rawtxt"}


def parse_seeds(spec):
    out = []
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        if "-" in part:
            a, b = part.split("-", 1)
            out += list(range(int(a), int(b) + 1))
        else:
            out.append(int(part))
    return out


def jsonable(x):
    if isinstance(x, (list, tuple)):
        return [jsonable(v) for v in x]
    if isinstance(x, dict):
        return {k: jsonable(v) for k, v in x.items()}
    return x


def build_one(args):
    family, seed, out, variants = args
    from docgen import render, scan
    doc, d = families.make(family, seed)
    name = doc["name"]
    doc["variants"] = [GOLD_VARIANT[v] for v in VARIANTS if v in variants]
    gold = model.build_gold(doc)
    with open(os.path.join(out, "gold", name + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(out, "choices", name + ".json"), "w", encoding="utf-8") as f:
        json.dump(jsonable(d.log), f, ensure_ascii=False, indent=1)
        f.write("\n")
    pdf = os.path.join(out, name + ".pdf")
    had_pdf = os.path.exists(pdf)
    render.render_pdf(doc, pdf)
    if "txt" in variants:
        subprocess.run(["pdftotext", "-layout", pdf, os.path.join(out, name + ".txt")], check=True)
    if "raw" in variants:
        subprocess.run(["pdftotext", pdf, os.path.join(out, name + ".raw.txt")], check=True)
    if "scan" in variants:
        scan.make_scan(pdf, os.path.join(out, name + ".scan.pdf"), zlib.crc32(name.encode()), doc["scan"])
    if "pdf" not in variants and not had_pdf:
        os.remove(pdf)
    return name


def count_choices(seeds):
    print("kinds of layout/wording choices drawn per family (union over seeds "
          f"{seeds[0]}-{seeds[-1]}), and distinct values seen:")
    for fam in families.FAMILIES:
        names, values = set(), 0
        seen = {}
        for s in seeds:
            _doc, d = families.make(fam, s)
            for k, v in d.log.items():
                names.add(k)
                vals = v if isinstance(v, list) and getattr(d, "_multi_" + k, False) else [v]
                seen.setdefault(k, set()).update(json.dumps(jsonable(x), ensure_ascii=False) for x in vals)
        values = sum(len(v) for v in seen.values())
        print(f"  {fam:<12} {len(names):>3} kinds of choices, {values:>5} distinct values")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--family", default="all", help="statusskema|results|handleplan|status|letter|all "
                                                    "(or a comma-separated list)")
    ap.add_argument("--seeds", default="1-10", help="e.g. 1-30 or 1,5,9-12")
    ap.add_argument("--out", help="output folder")
    ap.add_argument("--variants", default="pdf", help="comma-separated: pdf,scan,txt,raw (default pdf)")
    ap.add_argument("-j", "--jobs", type=int, default=1, help="documents built at once")
    ap.add_argument("--count-choices", action="store_true", help="print how many kinds of choices each family draws")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)
    seeds = parse_seeds(a.seeds)
    if a.count_choices:
        count_choices(seeds)
        return 0
    if not a.out:
        ap.error("--out is required")
    fams = families.FAMILIES if a.family == "all" else a.family.split(",")
    bad = [f for f in fams if f not in families.FAMILIES]
    if bad:
        ap.error(f"unknown family {bad}; choose from {families.FAMILIES} or all")
    variants = [v for v in a.variants.split(",") if v]
    if any(v not in VARIANTS for v in variants):
        ap.error(f"unknown variant in {variants}; choose from {list(VARIANTS)}")
    for sub in ("", "gold", "choices"):
        os.makedirs(os.path.join(a.out, sub), exist_ok=True)
    jobs = [(f, s, a.out, variants) for f in fams for s in seeds]
    if a.jobs > 1:
        with ProcessPoolExecutor(a.jobs) as ex:
            for name in ex.map(build_one, jobs):
                if not a.quiet:
                    print("built", name)
    else:
        for j in jobs:
            name = build_one(j)
            if not a.quiet:
                print("built", name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
