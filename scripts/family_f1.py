#!/usr/bin/env python3
"""Builds a family set (scripts/make_family.py), runs bilag on it and scores it
with the development set's scorer (../shared/devset/score.py from the repo root).

    scripts/family_f1.py                                  # all families, seeds 1-24, pdf
    scripts/family_f1.py --family results --seeds 1-24 --min-f1 0.40
    scripts/family_f1.py --variants pdf,txt,scan --seeds 1-10 --scan-seeds 1-2
    scripts/family_f1.py --variants txt,raw --seeds 300-339   # raw: `pdftotext` without -layout
    scripts/family_f1.py --seeds 5000-5199 --worst 10 --jobs 2   # bench/family_worst.sh does this
    scripts/family_f1.py --self                           # the gold against itself: F1 1.000

For every family and variant it prints the micro-averaged F1 per category
and over all categories (what score.py calls "all categories"); --worst N
lists the N documents with the lowest F1 with their seeds.  --min-f1 X exits
1 when the F1 over all categories of any family and variant is below X.

The scorer is not copied into the repo: it is loaded from
../shared/devset/score.py (or --scorer PATH); without it the script stops with
exit status 2.  Outputs go to --out DIR (default: a temporary folder, removed
afterwards unless --keep): DIR/FAMILY/NAME-SEED.pdf ..., DIR/FAMILY/gold/,
DIR/FAMILY/choices/ (what was drawn for each document) and
DIR/FAMILY/out/NAME-SEED.pdf.json (bilag's output, as score.py expects).
"""
import argparse
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
FAMILIES = ["statusskema", "results", "handleplan", "status", "letter"]
# choices shown next to a worst document (all are in DIR/FAMILY/choices/NAME.json)
KEY_CHOICES = ["font", "letterhead", "journal_block", "bilag_form", "title_two_lines"]
FAMILY_CHOICES = {
    "statusskema": ["section_heading", "name_label", "label_colon", "kv_rules", "budget_unit"],
    "results": ["first_column", "header_style", "column_order", "results_rules", "theme_rows"],
    "handleplan": ["subgoal_heading", "subgoal_heading_block", "target_mode", "economy_heading"],
    "status": ["status_theme_mode", "status_headers", "status_rules", "row_continues"],
    "letter": ["first_column", "header_style", "column_order", "results_rules"],
}
SUFFIX = {"pdf": ".pdf", "scan": ".scan.pdf", "txt": ".txt", "raw": ".raw.txt"}
# the scorer's (score.py) names of the variants: raw is `pdftotext` without -layout
SCORER_VARIANT = {"pdf": "pdf", "scan": "scan", "txt": "txt", "raw": "rawtxt"}


def variant_of(filename):
    """the variant of an input file: the longest suffix it ends with (x.raw.txt is raw, not txt)"""
    fits = [v for v, suffix in SUFFIX.items() if filename.endswith(suffix)]
    return max(fits, key=lambda v: len(SUFFIX[v])) if fits else None


def die(msg):
    print("family_f1: " + msg, file=sys.stderr)
    sys.exit(2)


def load_scorer(path):
    if not os.path.isfile(path):
        die(f"the scorer {path} is missing: it comes with the development set in shared/devset "
            "(a checkout of shared/ beside the repo); give its place with --scorer PATH")
    spec = importlib.util.spec_from_file_location("devset_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def python_with_reportlab():
    if importlib.util.find_spec("reportlab") is not None:
        return sys.executable
    for p in ("/usr/bin/python3",):
        if os.path.exists(p) and subprocess.run([p, "-c", "import reportlab"], capture_output=True).returncode == 0:
            return p
    die("no python3 with reportlab found (Debian: apt-get install python3-reportlab)")


def generate(py, fam, seeds, variants, out, jobs):
    cmd = [py, os.path.join(HERE, "make_family.py"), "--family", fam, "--seeds", seeds, "--out", out,
           "--variants", ",".join(variants), "--jobs", str(jobs), "--quiet"]
    r = subprocess.run(cmd)
    if r.returncode != 0:
        die(f"make_family.py failed for {fam} (exit {r.returncode})")


def run_tool(bilag, inputs, outdir, jobs, timeout):
    os.makedirs(outdir, exist_ok=True)
    env = dict(os.environ)
    env.setdefault("OMP_THREAD_LIMIT", "1")

    def one(path):
        dest = os.path.join(outdir, os.path.basename(path) + ".json")
        try:
            r = subprocess.run([bilag, "extract", path], capture_output=True, timeout=timeout, env=env)
            out = r.stdout
            if r.returncode != 0 and not out.strip():
                out = json.dumps({"error": {"code": f"exit-{r.returncode}",
                                            "message": r.stderr.decode(errors="replace")[-500:]}}).encode()
        except subprocess.TimeoutExpired:
            out = json.dumps({"error": {"code": "timeout", "message": f"more than {timeout} s"}}).encode()
        with open(dest, "wb") as f:
            f.write(out)
        return path

    with ThreadPoolExecutor(jobs) as ex:
        list(ex.map(one, inputs))


def score_family(sc, famdir, outdir, variants):
    """{variant: {category: PRF, 'all': PRF}}, [(f1, name, variant, {cat: PRF})]"""
    golds = {}
    gdir = os.path.join(famdir, "gold")
    for fn in sorted(os.listdir(gdir)):
        if fn.endswith(".json"):
            with open(os.path.join(gdir, fn), encoding="utf-8") as f:
                golds[fn[:-5]] = json.load(f)
    by_file, by_source = sc.load_outputs(outdir)
    per_variant, docs = {}, []
    for v in variants:
        acc = {c: sc.PRF() for c in sc.CATEGORIES + ["all"]}
        n = 0
        for name, gold in golds.items():
            if SCORER_VARIANT[v] not in (gold.get("variants") or sc.BASE_VARIANTS):
                continue
            n += 1
            _path, pred = sc.find_output(name, SCORER_VARIANT[v], by_file, by_source)
            if pred is not None and "error" in pred and not pred.get("initiatives"):
                pred = None
            res, _detail = sc.score_doc(gold, pred)
            doc_all = sc.PRF()
            for c in sc.CATEGORIES:
                acc[c].add(res[c])
                acc["all"].add(res[c])
                doc_all.add(res[c])
            f = doc_all.f()
            docs.append((1.0 if f is None else f, name, v, {c: res[c] for c in sc.CATEGORIES},
                         key_choices(famdir, name)))
        if n:
            per_variant[v] = (n, acc)
    return per_variant, docs


def key_choices(famdir, name):
    fam = name.rsplit("-", 1)[0]
    try:
        with open(os.path.join(famdir, "choices", name + ".json"), encoding="utf-8") as f:
            log = json.load(f)
    except (OSError, ValueError):
        return ""
    out = []
    for k in KEY_CHOICES + FAMILY_CHOICES.get(fam, []):
        if k in log:
            v = log[k]
            if isinstance(v, list) and k != "status_headers":
                v = v[0]
            if isinstance(v, list):
                v = " | ".join(map(str, v))
            out.append(f"{k}={v}")
    return ", ".join(out)


def fmt(x):
    return "    -" if x is None else f"{x:.3f}"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--family", default="all")
    ap.add_argument("--seeds", default="1-24", help="seeds for the pdf and txt variants (e.g. 1-24)")
    ap.add_argument("--scan-seeds", default=None, help="seeds that also get a scan (default: --seeds)")
    ap.add_argument("--variants", default="pdf", help="comma-separated: pdf,scan,txt,raw (raw: pdftotext without -layout)")
    ap.add_argument("--bilag", default=os.path.join(REPO, "build", "bilag"))
    ap.add_argument("--scorer", default=os.path.join(REPO, "..", "shared", "devset", "score.py"))
    ap.add_argument("--out", help="work folder (default: temporary)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary work folder")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--timeout", type=int, default=300, help="seconds per bilag run")
    ap.add_argument("--min-f1", default=None,
                    help="floor for the F1 over all categories: X for every variant, or pdf=X,scan=Y,...")
    ap.add_argument("--worst", type=int, default=0, help="list the N worst documents per family")
    ap.add_argument("--self", action="store_true", help="score the gold against itself instead of running bilag")
    ap.add_argument("--json", help="write the figures to this file")
    a = ap.parse_args(argv)

    floors = {}
    for part in (a.min_f1 or "").split(","):
        if not part:
            continue
        v, _, x = part.rpartition("=")
        try:
            floors[v or "*"] = float(x)
        except ValueError:
            die(f"--min-f1 wants X or VARIANT=X, not {part!r}")
    sc = load_scorer(os.path.abspath(a.scorer))
    fams = FAMILIES if a.family == "all" else a.family.split(",")
    for f in fams:
        if f not in FAMILIES:
            die(f"unknown family {f}")
    variants = [v for v in a.variants.split(",") if v]
    for v in variants:
        if v not in SUFFIX:
            die(f"unknown variant {v} (pdf, scan, txt, raw)")
    if not a.self and not os.access(a.bilag, os.X_OK):
        die(f"no bilag binary at {a.bilag} (build it with scripts/build.sh, or give --bilag PATH)")
    py = python_with_reportlab()
    work = a.out or tempfile.mkdtemp(prefix="family_f1.")
    t0 = time.time()
    results, worst_all = {}, {}
    try:
        for fam in fams:
            famdir = os.path.join(work, fam)
            outdir = os.path.join(famdir, "out")
            if os.path.isdir(famdir):
                shutil.rmtree(famdir)
            base_variants = [v for v in variants if v != "scan"]
            if base_variants:
                generate(py, fam, a.seeds, base_variants, famdir, a.jobs)
            if "scan" in variants:
                generate(py, fam, a.scan_seeds or a.seeds, ["scan"], famdir, a.jobs)
            fix_variants(famdir, variants)
            t1 = time.time()
            inputs = sorted(os.path.join(famdir, fn) for fn in os.listdir(famdir)
                            if variant_of(fn) in variants)
            if a.self:
                os.makedirs(outdir, exist_ok=True)
                for p in inputs:
                    n = os.path.basename(p).split(".")[0]
                    shutil.copy(os.path.join(famdir, "gold", n + ".json"), os.path.join(outdir, os.path.basename(p) + ".json"))
            else:
                run_tool(a.bilag, inputs, outdir, a.jobs, a.timeout)
            per_variant, docs = score_family(sc, famdir, outdir, variants)
            results[fam] = {"per_variant": per_variant, "seconds_tool": round(time.time() - t1, 1)}
            worst_all[fam] = sorted(docs, key=lambda x: (x[0], x[1]))
    finally:
        if not a.out and not a.keep:
            shutil.rmtree(work, ignore_errors=True)
        elif not a.out:
            print(f"work folder kept: {work}")

    cats = sc.CATEGORIES
    print(f"\n{'family':<12} {'variant':<7} {'docs':>4}  " + " ".join(f"{c[:8]:>8}" for c in cats) + f"  {'F1 all':>7}")
    failed = []
    summary = {}
    for fam in fams:
        for v, (n, acc) in results[fam]["per_variant"].items():
            f = acc["all"].f()
            print(f"{fam:<12} {v:<7} {n:>4}  " + " ".join(f"{fmt(acc[c].f()):>8}" for c in cats) + f"  {fmt(f):>7}")
            summary.setdefault(fam, {})[v] = {"docs": n, "f1": f, **{c: acc[c].f() for c in cats}}
            floor = floors.get(v, floors.get("*"))
            if floor is not None and (f or 0.0) < floor:
                failed.append(f"{fam} {v} F1 {fmt(f)} < {floor}")
    if a.worst:
        for fam in fams:
            print(f"\n{fam}: the {a.worst} worst documents (seed, variant, F1 over all categories; "
                  "tp/fp/fn names amounts targets budget document)")
            for f, name, v, res, choices in worst_all[fam][:a.worst]:
                seed = name.rsplit("-", 1)[1]
                detail = "  ".join(f"{c[:3]} {res[c].tp}/{res[c].fp}/{res[c].fn}" for c in cats)
                print(f"  seed {seed:>7} {v:<5} F1 {f:.3f}   {detail}")
                print(f"  {'':>12} {choices}")
    tools = ", ".join(f"{k} {r['seconds_tool']} s" for k, r in results.items())
    print(f"\ntime: {time.time() - t0:.0f} s (bilag and scoring: {tools})")
    if a.json:
        with open(a.json, "w", encoding="utf-8") as fh:
            json.dump(summary, fh, indent=1)
    if failed:
        print("BELOW THE FLOOR: " + "; ".join(failed))
        return 1
    return 0


def fix_variants(famdir, variants):
    """each gold lists exactly the variants whose input exists for its document"""
    gdir = os.path.join(famdir, "gold")
    for fn in os.listdir(gdir):
        if not fn.endswith(".json"):
            continue
        name = fn[:-5]
        have = [SCORER_VARIANT[v] for v in SUFFIX if v in variants and
                os.path.exists(os.path.join(famdir, name + SUFFIX[v]))]
        p = os.path.join(gdir, fn)
        with open(p, encoding="utf-8") as f:
            g = json.load(f)
        if g.get("variants") != have:
            g["variants"] = have
            with open(p, "w", encoding="utf-8") as f:
                json.dump(g, f, ensure_ascii=False, indent=2)
                f.write("\n")


if __name__ == "__main__":
    sys.exit(main())
