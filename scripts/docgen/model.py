"""Document descriptions with inline gold annotations, and the gold built from them.

A document is a dict (families.py makes them, render.py typesets them):

  family, pagesize "A4" | "A4L", margins_cm, font, body_size, cell_size,
  letterhead {left, right, style, running}, page_label {fmt, pos}, side_column,
  scan {...}, document {title, bilag, committee, administration, date,
  case_number, document_number, years}, blocks [...]

Text pieces are strings with the reportlab markup <b>..</b> and <br/>, or
tx(text, target=T(..), amounts=[A(..)], for_section="2") carrying the gold
that the text states.  Blocks (tuples):

  ("title", text, {align, size_add})           the title (a <br/> sets it on two lines)
  ("h2"|"h3", text) / ("p"|"small", item) / ("rblock", [lines], align)
  ("list", marker, [items])                    marker: "•", "-", "–", "1.", "1)", "a)", ""
  ("init", {name, section, theme})             an initiative starts (prose families)
  ("kv", {name, section, theme}, [(label, [items])], opts)        key/value table
  ("results", spec) / ("status", spec) / ("budget", spec)
  ("pagebreak",) / ("spacer", cm) / ("condbreak", cm)

The gold follows the development set's conventions (shared/devset/README.md).
"""
import re

BASE_VARIANTS = ["pdf", "scan", "engocr", "txt"]


def A(dkk, year=None, approximate=False, per_year=False):
    return {"dkk": int(round(dkk)), "year": year, "approximate": approximate, "per_year": per_year}


def T(kind=None, year=None, value=None, unit=None, comparator=None):
    return {"kind": kind, "year": year, "value": value, "unit": unit, "comparator": comparator}


def tx(text, target=None, amounts=None, for_section=None):
    d = {"text": text}
    if target is not None:
        d["target"] = target
    if amounts:
        d["amounts"] = amounts
    if for_section is not None:
        d["for_section"] = for_section
    return d


def text_of(item):
    return item["text"] if isinstance(item, dict) else item


def plain(s):
    s = re.sub(r"<br/>", " ", s)
    s = re.sub(r"</?b>", "", s)
    return s.replace("&nbsp;", " ")


def target_text(s):
    s = plain(s).strip()
    s = re.sub(r"^([-–•]\s*|\d+[.)]\s+|[a-h]\)\s+)", "", s)
    return s.rstrip(" ,;")


def status_rows(spec):
    theme = spec.get("theme")
    out = []
    for r in spec["rows"]:
        if "theme_row" in r:
            theme = r["theme_row"]
            continue
        out.append((theme, r))
    return out


def norm_target(t, text, kind=None, year=None):
    out = {"kind": t.get("kind") or kind,
           "year": t.get("year") if t.get("year") is not None else year,
           "value": t.get("value"), "unit": t.get("unit"), "comparator": t.get("comparator"),
           "text": target_text(text)}
    if out["value"] is None:
        out["unit"] = None
        out["comparator"] = None
    return out


def parse_budget_cell(cell, factor):
    cell = plain(cell).strip()
    if not cell or cell in ("-", "–", "—"):
        return None
    m = re.fullmatch(r"\(Se note (\d+)\)", cell)
    if m:
        return {"dkk": None, "note": m.group(1)}
    num = float(cell.replace(".", "").replace(",", "."))
    return {"dkk": int(round(num * factor)), "note": None}


def build_gold(doc):
    inits = []
    cur = [None]

    def new_init(meta):
        it = {"name": plain(meta["name"]), "section": meta.get("section"), "theme": meta.get("theme"),
              "amounts": [], "targets": []}
        inits.append(it)
        cur[0] = it
        return it

    def by_section(sec):
        for it in inits:
            if it["section"] == sec:
                return it
        raise KeyError(sec)

    def take(item, kind=None, year=None, default_target=False):
        if isinstance(item, dict):
            dest = by_section(item["for_section"]) if item.get("for_section") else cur[0]
            for a in item.get("amounts", []):
                if isinstance(a, tuple):
                    by_section(a[0])["amounts"].append(dict(a[1]))
                else:
                    if dest is None:
                        raise ValueError("amount outside an initiative: " + item["text"])
                    dest["amounts"].append(dict(a))
            if "target" in item:
                dest["targets"].append(norm_target(item["target"], item["text"], kind, year))
        elif default_target and plain(item).strip():
            cur[0]["targets"].append(norm_target({}, item, kind, year))

    budget = []
    for b in doc["blocks"]:
        k = b[0]
        if k == "init":
            new_init(b[1])
        elif k == "kv":
            new_init(b[1])
            for _label, items in b[2]:
                for it in items:
                    take(it)
        elif k in ("p", "small"):
            take(b[1])
        elif k == "list":
            for it in b[2]:
                take(it)
        elif k == "results":
            spec = b[1]
            cols = spec["columns"]
            for g in spec["groups"]:
                for r in g["rows"]:
                    it = new_init({"name": r["name"], "section": None, "theme": g["theme"]})
                    desc = r.get("desc")
                    goal_text = text_of(desc) if desc else r["name"]
                    if isinstance(desc, dict):
                        take(desc)
                    if cols[0][1] is not None:
                        it["targets"].append(norm_target({}, goal_text, cols[0][1], cols[0][2]))
                    for (_hdr, ckind, cyear), cell in zip(cols[1:], r["cells"]):
                        take(cell, ckind, cyear, default_target=True)
        elif k == "status":
            spec = b[1]
            for theme, r in status_rows(spec):
                new_init({"name": r["name"], "section": None, "theme": theme})
                for d in r.get("desc", []):
                    take(d)
                parts = [r] + ([r["cont"]] if r.get("cont") else [])
                for part in parts:
                    for c in part.get("criteria", []):
                        take(c, "success_criterion", None, default_target=True)
                    for s in part.get("status", []):
                        take(s)
        elif k == "budget":
            spec = b[1]
            for row in spec["rows"]:
                item = re.sub(r"\s*\(Se note \d+\)\s*$", "", plain(row["item"])).strip()
                for (hdr, year), cell in zip(spec["columns"], row["cells"]):
                    v = parse_budget_cell(cell, spec["factor"])
                    if v is None:
                        continue
                    budget.append({"item": item, "year": year, "dkk": v["dkk"],
                                   "total": year is None and plain(hdr).strip() == "I alt", "note": v["note"]})
    return {"document": doc["document"], "initiatives": inits, "budget": budget,
            "variants": doc.get("variants", BASE_VARIANTS)}
