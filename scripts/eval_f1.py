#!/usr/bin/env python3
"""Scores `bilag extract` against the evaluation set in tests/eval/ (precision, recall, F1).

    scripts/eval_f1.py                       # text-layer PDFs (NAME.pdf)
    scripts/eval_f1.py --variant scan        # image-only scans, default options (OCR)
    scripts/eval_f1.py --variant engocr      # English-model OCR layer, with --ocr never
    scripts/eval_f1.py --variant scan --misses 20 --only eval03_handleplan_social
    scripts/eval_f1.py --json > scores.json
    scripts/eval_f1.py --min-f1 0.9          # exit status 1 when the overall F1 is lower

The documents and their answers (NAME.truth.json) come from
scripts/make_eval_set.py. Categories, each counted as true positives, false
positives and false negatives per document and summed over documents
(micro-average):

  metadata     document.title (similarity >= 0.9), bilag, kind (when the truth names
               one), committee, administration, date, case_number, document_number,
               years; a wrong value is a false positive and a false negative
  initiatives  one-to-one by name: equal after normalising case, whitespace and dashes,
               one containing the other, or similarity >= 0.8
  amounts      (dkk, year, per_year), matched first within matched initiatives, then
               anywhere in the document
  targets      (kind, year, value, unit), matched the same way
  budget       (item, year, dkk, total); items match like initiative names

Also reported, outside the F1: the share of results-table cells (targets with
header_cell in the truth) whose target has the kind and year of its column;
side-column strings (truth `side_column`) found in an initiative's name, fields,
target or amount text; and, among matched items, how often the initiative's
section and theme, the target's comparator, the amount's approximate flag and the
budget cell's note are right.

Plain python3 (standard library only).
"""

import argparse
import difflib
import json
import os
import re
import subprocess
import sys
import unicodedata

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATEGORIES = ["metadata", "initiatives", "amounts", "targets", "budget"]
META_FIELDS = ["title", "bilag", "kind", "committee", "administration", "date", "case_number",
               "document_number", "years"]
SUFFIX = {"pdf": ".pdf", "scan": ".scan.pdf", "engocr": ".engocr.pdf"}


# --------------------------------------------------------------------------- normalising

DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212"), "-")
QUOTES = dict.fromkeys(map(ord, "\u201c\u201d\u201e\u00ab\u00bb"), '"')


def norm(s):
    if s is None:
        return None
    s = unicodedata.normalize("NFC", str(s)).replace("\u00ad", "")
    s = s.translate(DASHES).translate(QUOTES).lower()
    s = re.sub(r"\s+", " ", s).strip()
    return s.strip(" .:,;")


def name_score(a, b):
    """1 for equal names, 0.95 when one contains the other, else the similarity when it is
    at least 0.8, else 0."""
    na, nb = norm(a) or "", norm(b) or ""
    if not na or not nb:
        return 0.0
    if na == nb:
        return 1.0
    short, long_ = sorted((na, nb), key=len)
    if len(short) >= 6 and short in long_:
        return 0.95
    r = difflib.SequenceMatcher(None, na, nb, autojunk=False).ratio()
    return r if r >= 0.8 else 0.0


def greedy(pairs):
    """pairs: (score, i, j); the one-to-one assignment taking the best scores first."""
    used_i, used_j, out = set(), set(), {}
    for score, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if score > 0 and i not in used_i and j not in used_j:
            used_i.add(i)
            used_j.add(j)
            out[i] = j
    return out


def num(v):
    return None if v is None else round(float(v), 4)


def amount_key(a):
    return (None if a.get("dkk") is None else int(round(a["dkk"])), a.get("year"),
            bool(a.get("per_year")))


def target_key(t):
    return (t.get("kind"), t.get("year"), num(t.get("value")), t.get("unit"))


def fmt_amount(a):
    k = amount_key(a)
    s = "%s kr." % ("{:,}".format(k[0]).replace(",", ".") if k[0] is not None else "?")
    if k[1]:
        s += " %d" % k[1]
    if k[2]:
        s += " per year"
    if a.get("approximate"):
        s += " (ca.)"
    return s


def fmt_target(t):
    kind, year, value, unit = target_key(t)
    v = "-" if value is None else ("%g" % value)
    return "%s %s %s%s%s" % (kind, year if year else "-", v, " " + unit if unit else "",
                            " " + t["comparator"] if t.get("comparator") else "")


def short(s, n=90):
    s = re.sub(r"\s+", " ", s or "")
    return s if len(s) <= n else s[:n - 1] + "…"


# --------------------------------------------------------------------------- counting

class Counts:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, other):
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def prf(self):
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else (1.0 if not self.fp else 0.0)
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def as_dict(self):
        p, r, f = self.prf()
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(p, 4),
                "recall": round(r, 4), "f1": round(f, 4)}


class Ratio:
    def __init__(self):
        self.right = self.total = 0

    def add(self, ok):
        self.total += 1
        self.right += 1 if ok else 0

    def merge(self, other):
        self.right += other.right
        self.total += other.total

    def value(self):
        return self.right / self.total if self.total else None

    def as_dict(self):
        v = self.value()
        return {"right": self.right, "total": self.total,
                "share": None if v is None else round(v, 4)}


# --------------------------------------------------------------------------- scoring

def score_document(truth, out):
    """Returns a dict with counts per category, the extras and the misses."""
    counts = {c: Counts() for c in CATEGORIES}
    extras = {k: Ratio() for k in ("initiative_section", "initiative_theme",
                                   "amount_attributed", "amount_approximate",
                                   "target_attributed", "target_comparator", "budget_note")}
    header = {"right": 0, "found": 0, "total": 0}
    misses = []

    def miss(category, expected, got, why=""):
        misses.append({"document": truth["name"], "category": category,
                       "expected": expected, "got": got, "why": why})

    error = out.get("error") if out else {"code": "no-output", "message": "no output"}
    doc_out = (out or {}).get("document") or {}
    inis_out = [] if error else (out.get("initiatives") or [])
    budget_out = [] if error else (out.get("budget") or [])
    if error:
        miss("document", "an extraction", "error %s: %s" % (error.get("code"),
                                                         short(error.get("message"))))

    # metadata
    tdoc = truth["document"]
    for field in META_FIELDS:
        if field == "kind" and "kind" not in tdoc:
            continue
        t, o = tdoc.get(field), doc_out.get(field)
        if field == "years":
            t = sorted(t) if t else None
            o = sorted(o) if o else None
            same = t == o
        elif field == "title":
            same = t is not None and o is not None and (
                norm(t) == norm(o) or difflib.SequenceMatcher(
                    None, norm(t), norm(o), autojunk=False).ratio() >= 0.9)
        else:
            same = norm(t) == norm(o)
        c = counts["metadata"]
        if t is not None and o is not None and same:
            c.tp += 1
        else:
            if t is not None:
                c.fn += 1
            if o is not None:
                c.fp += 1
            if t is not None or o is not None:
                miss("metadata", "%s = %s" % (field, json.dumps(t, ensure_ascii=False)),
                     "%s = %s" % (field, json.dumps(o, ensure_ascii=False)))

    # initiatives
    tinis = truth["initiatives"]
    pairs = [(name_score(ti["name"], oi.get("name")), i, j)
             for i, ti in enumerate(tinis) for j, oi in enumerate(inis_out)]
    imap = greedy(pairs)                      # truth index -> output index
    rmap = {j: i for i, j in imap.items()}
    c = counts["initiatives"]
    c.tp += len(imap)
    c.fn += len(tinis) - len(imap)
    c.fp += len(inis_out) - len(imap)
    for i, ti in enumerate(tinis):
        if i in imap:
            oi = inis_out[imap[i]]
            extras["initiative_section"].add(norm(ti.get("section")) == norm(oi.get("section")))
            extras["initiative_theme"].add(norm(ti.get("theme")) == norm(oi.get("theme")))
            continue
        best = max(inis_out, key=lambda o: difflib.SequenceMatcher(
            None, norm(ti["name"]), norm(o.get("name")) or "").ratio(), default=None)
        miss("initiatives", short(ti["name"]),
             "nearest: " + short(best.get("name")) if best else "no initiatives",
             "not found")
    for j, oi in enumerate(inis_out):
        if j not in rmap:
            miss("initiatives", "-", short(oi.get("name")), "spurious (p.%s l.%s, %s)" % (
                oi.get("page"), oi.get("line"), oi.get("rule")))

    # amounts and targets: first within matched initiatives, then anywhere
    def match_items(kind, keyf, flagf, attributed, flag_extra, fmt):
        t_items = [(i, x) for i, ti in enumerate(tinis) for x in ti.get(kind, [])]
        o_items = [(j, x) for j, oi in enumerate(inis_out) for x in (oi.get(kind) or [])]
        used_t, used_o, matched = set(), set(), []
        for passno in (1, 2):
            for a, (i, tx) in enumerate(t_items):
                if a in used_t:
                    continue
                for b, (j, ox) in enumerate(o_items):
                    if b in used_o or keyf(tx) != keyf(ox):
                        continue
                    if passno == 1 and imap.get(i) != j:
                        continue
                    used_t.add(a)
                    used_o.add(b)
                    matched.append((tx, ox))
                    attributed.add(passno == 1)
                    break
        for tx, ox in matched:
            flag_extra.add(flagf(tx) == flagf(ox))
        cc = counts[kind]
        cc.tp += len(matched)
        cc.fn += len(t_items) - len(used_t)
        cc.fp += len(o_items) - len(used_o)
        for a, (i, tx) in enumerate(t_items):
            if a in used_t:
                continue
            j = imap.get(i)
            got = [fmt(ox) for b, (jj, ox) in enumerate(o_items) if jj == j and b not in used_o]
            where = "in '%s'" % short(tinis[i]["name"], 50)
            miss(kind, fmt(tx) + (" «%s»" % short(tx["text"], 70) if tx.get("text") else ""),
                 ("initiative has: " + "; ".join(got[:4])) if got else (
                     "initiative not found" if j is None else "initiative has none left"),
                 "missing " + where)
        for b, (j, ox) in enumerate(o_items):
            if b in used_o:
                continue
            text = ox.get("text")
            miss(kind, "-", fmt(ox) + (" «%s»" % short(text, 70) if text else ""),
                 "spurious in '%s' (p.%s l.%s, %s)" % (short(inis_out[j].get("name"), 50),
                                                       ox.get("page"), ox.get("line"),
                                                       ox.get("rule")))
        return matched

    match_items("amounts", amount_key, lambda a: bool(a.get("approximate")),
                extras["amount_attributed"], extras["amount_approximate"], fmt_amount)
    match_items("targets", target_key, lambda t: t.get("comparator"),
                extras["target_attributed"], extras["target_comparator"], fmt_target)

    # results-table cells: kind and year from the column header
    t_cells = [(i, t) for i, ti in enumerate(tinis) for t in ti.get("targets", [])
               if t.get("header_cell")]
    o_all = [(j, t) for j, oi in enumerate(inis_out) for t in (oi.get("targets") or [])]
    used = set()
    status = {}
    for test in ("exact", "value"):
        for a, (i, tt) in enumerate(t_cells):
            if a in status:
                continue
            for local in (True, False):
                hit = None
                for b, (j, ot) in enumerate(o_all):
                    if b in used or (local and imap.get(i) != j):
                        continue
                    if test == "exact" and target_key(tt) == target_key(ot):
                        hit = b
                    elif test == "value" and (num(tt.get("value")), tt.get("unit")) == (
                            num(ot.get("value")), ot.get("unit")):
                        hit = b
                    if hit is not None:
                        break
                if hit is not None:
                    used.add(hit)
                    status[a] = (test, o_all[hit][1])
                    break
    for a, (i, tt) in enumerate(t_cells):
        header["total"] += 1
        st = status.get(a)
        if st:
            header["found"] += 1
            if st[0] == "exact":
                header["right"] += 1
            else:
                miss("header-cell", fmt_target(tt), fmt_target(st[1]),
                     "kind/year not from the column, in '%s'" % short(tinis[i]["name"], 50))

    # side column
    side = [s for s in truth.get("side_column", []) if s]
    violations = []
    for oi in inis_out:
        texts = [("name", oi.get("name"))]
        for k, v in (oi.get("fields") or {}).items():
            texts.append(("fields." + k, v if isinstance(v, str) else json.dumps(
                v, ensure_ascii=False)))
        texts += [("target", t.get("text")) for t in (oi.get("targets") or [])]
        texts += [("amount", a.get("text")) for a in (oi.get("amounts") or [])]
        for where, text in texts:
            if not text:
                continue
            nt = norm(text)
            for s in side:
                ns = norm(s)
                hit = ns in nt
                if not hit and re.fullmatch(r"[\d ]+", s):
                    hit = s.replace(" ", "") in re.sub(r"\s", "", nt)
                if hit:
                    violations.append({"string": s, "initiative": short(oi.get("name"), 60),
                                       "where": where})
                    miss("side-column", "'%s' nowhere in initiatives" % s,
                         "in %s of '%s'" % (where, short(oi.get("name"), 50)))

    # budget
    tb = truth.get("budget", [])
    bkey = lambda x: (x.get("year"), None if x.get("dkk") is None else int(round(x["dkk"])),
                      bool(x.get("total")))
    pairs = [(name_score(t["item"], o.get("item")), a, b)
             for a, t in enumerate(tb) for b, o in enumerate(budget_out)
             if bkey(t) == bkey(o)]
    bmap = greedy(pairs)
    brev = {b: a for a, b in bmap.items()}
    c = counts["budget"]
    c.tp += len(bmap)
    c.fn += len(tb) - len(bmap)
    c.fp += len(budget_out) - len(bmap)

    def fmt_cell(x):
        return "%s | %s | %s%s%s" % (
            short(x.get("item"), 45), x.get("year") or "-",
            "-" if x.get("dkk") is None else "{:,}".format(int(round(x["dkk"]))).replace(",", "."),
            " total" if x.get("total") else "", " note %s" % x["note"] if x.get("note") else "")

    for a, t in enumerate(tb):
        if a in bmap:
            extras["budget_note"].add(norm(t.get("note")) == norm(budget_out[bmap[a]].get("note")))
            continue
        near = [o for b, o in enumerate(budget_out) if b not in brev and
                name_score(t["item"], o.get("item")) > 0 and o.get("year") == t.get("year")]
        miss("budget", fmt_cell(t), "; ".join(fmt_cell(o) for o in near[:2]) or "-", "missing")
    for b, o in enumerate(budget_out):
        if b not in brev:
            miss("budget", "-", fmt_cell(o), "spurious (p.%s l.%s)" % (o.get("page"),
                                                                       o.get("line")))

    return {"counts": counts, "extras": extras, "header": header, "side": violations,
            "misses": misses, "error": error}


# --------------------------------------------------------------------------- running bilag

def run_bilag(bilag, files, variant, extra):
    cmd = [bilag, "extract"]
    if variant == "engocr":
        cmd += ["--ocr", "never"]
    cmd += extra + files
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        sys.exit("eval_f1: %s exited with %d\n%s" % (" ".join(cmd), proc.returncode,
                                                      proc.stderr))
    text = proc.stdout.strip()
    if len(files) == 1:
        return [json.loads(text)] if text else [None]
    outs = [json.loads(line) for line in text.splitlines() if line.strip()]
    if len(outs) != len(files):
        sys.exit("eval_f1: expected %d outputs, got %d\n%s" % (len(files), len(outs),
                                                                proc.stderr))
    return outs


# --------------------------------------------------------------------------- report

MISS_ORDER = ["document", "metadata", "initiatives", "header-cell", "targets", "side-column",
              "amounts", "budget"]


def pick_misses(results, n):
    """Up to n misses, taken round-robin over documents and categories."""
    queues = []
    for r in results:
        ms = sorted(r["misses"], key=lambda m: MISS_ORDER.index(m["category"]))
        queues.append(ms)
    out = []
    while len(out) < n and any(queues):
        for q in queues:
            if q and len(out) < n:
                out.append(q.pop(0))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--variant", choices=sorted(SUFFIX), default="pdf")
    ap.add_argument("--eval-dir", default=os.path.join(REPO, "tests", "eval"))
    ap.add_argument("--bilag", default=os.path.join(REPO, "build", "bilag"))
    ap.add_argument("--only", action="append", metavar="NAME", help="only this document")
    ap.add_argument("--bilag-arg", action="append", default=[], metavar="ARG",
                    help="extra argument for bilag extract (repeatable), e.g. "
                         "--bilag-arg=--no-cache")
    ap.add_argument("--outputs", metavar="DIR", help="also write bilag's JSON per document "
                                                     "to DIR/NAME.VARIANT.json")
    ap.add_argument("--misses", type=int, default=10, metavar="N",
                    help="misses to list (text output; default 10, 0 for none; the JSON has "
                         "them all)")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    ap.add_argument("--min-header-share", type=float, metavar="X",
                    help="exit 1 when fewer results-table cells than this share get their "
                         "column's kind and year")
    ap.add_argument("--no-side-leaks", action="store_true",
                    help="exit 1 when side-column text reaches an initiative or target")
    ap.add_argument("--min-f1", type=float, metavar="X",
                    help="exit with status 1 when the overall F1 is below X")
    args = ap.parse_args()

    names = sorted(f[:-len(".truth.json")] for f in os.listdir(args.eval_dir)
                   if f.endswith(".truth.json"))
    if args.only:
        names = [n for n in names if n in args.only]
    if not names:
        sys.exit("eval_f1: no truth files in %s" % args.eval_dir)
    truths = []
    for n in names:
        with open(os.path.join(args.eval_dir, n + ".truth.json"), encoding="utf-8") as f:
            truths.append(json.load(f))
    files = [os.path.join(args.eval_dir, n + SUFFIX[args.variant]) for n in names]
    for f in files:
        if not os.path.exists(f):
            sys.exit("eval_f1: %s is missing (run scripts/make_eval_set.py)" % f)
    outs = run_bilag(args.bilag, files, args.variant, args.bilag_arg)
    if args.outputs:
        os.makedirs(args.outputs, exist_ok=True)
        for n, o in zip(names, outs):
            with open(os.path.join(args.outputs, "%s.%s.json" % (n, args.variant)), "w",
                      encoding="utf-8") as f:
                json.dump(o, f, ensure_ascii=False, indent=1)

    results = [score_document(t, o) for t, o in zip(truths, outs)]
    total = {c: Counts() for c in CATEGORIES}
    extras = {}
    header = {"right": 0, "found": 0, "total": 0}
    side = []
    for name, r in zip(names, results):
        for c in CATEGORIES:
            total[c].add(r["counts"][c])
        for k, v in r["extras"].items():
            extras.setdefault(k, Ratio()).merge(v)
        for k in header:
            header[k] += r["header"][k]
        side += [dict(v, document=name) for v in r["side"]]
    overall = Counts()
    for c in CATEGORIES:
        overall.add(total[c])
    micro = overall.prf()[2]

    if args.json:
        doc = {
            "variant": args.variant,
            "documents": [{
                "name": n,
                "error": r["error"],
                "categories": {c: r["counts"][c].as_dict() for c in CATEGORIES},
                "overall": sum_counts(r["counts"]).as_dict(),
                "header_cells": r["header"],
                "side_column_violations": r["side"],
                "misses": r["misses"],
            } for n, r in zip(names, results)],
            "categories": {c: total[c].as_dict() for c in CATEGORIES},
            "overall": overall.as_dict(),
            "micro_f1": round(micro, 4),
            "header_cells": dict(header, share=round(header["right"] / header["total"], 4)
                                 if header["total"] else None),
            "side_column_violations": side,
            "extras": {k: v.as_dict() for k, v in extras.items()},
        }
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print("variant: %s (%d documents)" % (args.variant, len(names)))
        head = "%-26s" % "document" + "".join("%15s" % c[:12] for c in CATEGORIES) + "%10s" % "F1"
        print(head)
        for n, r in zip(names, results):
            line = "%-26s" % n[:26]
            for c in CATEGORIES:
                cc = r["counts"][c]
                if cc.tp + cc.fp + cc.fn == 0:
                    line += "%15s" % "."
                else:
                    line += "%15s" % ("%.2f (%d/%d/%d)" % (cc.prf()[2], cc.tp, cc.fp, cc.fn))
            line += "%10.3f" % sum_counts(r["counts"]).prf()[2]
            if r["error"]:
                line += "  ERROR " + str(r["error"].get("code"))
            print(line)
        print("\n%-12s %9s %9s %9s   tp/fp/fn" % ("category", "precision", "recall", "F1"))
        for c in CATEGORIES + ["overall"]:
            cc = overall if c == "overall" else total[c]
            p, r_, f = cc.prf()
            print("%-12s %9.3f %9.3f %9.3f   %d/%d/%d" % (c, p, r_, f, cc.tp, cc.fp, cc.fn))
        print("\nmicro-averaged F1: %.3f" % micro)
        if header["total"]:
            print("results-table cells with kind and year of their column: %d/%d = %.1f%% "
                  "(%d found by value; %.1f%% of those right)" % (
                      header["right"], header["total"], 100.0 * header["right"] / header["total"],
                      header["found"],
                      100.0 * header["right"] / header["found"] if header["found"] else 0))
        print("side-column strings in initiatives or targets: %d%s" % (
            len(side), "" if not side else " (" + "; ".join(
                "%s: '%s' in %s" % (v["document"], v["string"], v["where"])
                for v in side[:6]) + ")"))
        ex = ", ".join("%s %s" % (k, "%d/%d" % (v.right, v.total)) for k, v in extras.items()
                       if v.total)
        print("among matched: " + ex)
        if args.misses:
            print("\nmisses (expected -> got):")
            for m in pick_misses(results, args.misses):
                print("  [%s] %s: %s\n      expected: %s\n      got:      %s" % (
                    m["document"], m["category"], m["why"], m["expected"], m["got"]))
    failed = False
    if args.min_f1 is not None and micro < args.min_f1:
        print("\nF1 %.3f is below %.3f" % (micro, args.min_f1), file=sys.stderr)
        failed = True
    header_share = header["right"] / header["total"] if header["total"] else 1.0
    if args.min_header_share is not None and header_share < args.min_header_share:
        print("results-table cells with the column's kind and year: %.3f is below %.3f" % (
            header_share, args.min_header_share), file=sys.stderr)
        failed = True
    if args.no_side_leaks and side:
        print("side-column text in %d initiatives or targets" % len(side), file=sys.stderr)
        failed = True
    if failed:
        sys.exit(1)


def sum_counts(counts):
    s = Counts()
    for c in CATEGORIES:
        s.add(counts[c])
    return s


if __name__ == "__main__":
    main()
