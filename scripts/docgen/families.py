"""One generator per document family.  make(family, seed) returns (doc, draw):
the document description (model.py) and the Draw that logged every layout and
wording choice.  Everything is drawn from the seed, so a seed always gives
the same document."""
from . import phrases as P
from .draw import Draw
from .model import plain, tx

FAMILIES = ["statusskema", "results", "handleplan", "status", "letter"]


# =========================================================================== common
def page_setup(d, doc, landscape_p=0.0):
    font = d.pick("font", ["dejavu_sans", "dejavu_sans_condensed", "dejavu_serif", "liberation_sans",
                           "liberation_serif", "freesans", "freeserif", "freemono"])
    doc["font"] = font
    if font == "freemono":
        bs = d.pick("body_size", [8.5, 9, 9.5, 10])
    else:
        bs = d.pick("body_size", [9, 9.5, 10, 10.5, 11, 11.5, 12])
    doc["body_size"] = bs
    doc["cell_size"] = max(7.5, bs - d.pick("cell_size_less", [0, 0.5, 1, 1.5, 2]))
    doc["leading"] = d.pick("leading", [1.2, 1.3, 1.38, 1.5])
    doc["para_space"] = d.pick("para_space", [3, 6, 9])
    doc["heading_add"] = d.pick("heading_size_add", [0.5, 1, 1.5, 2.5])
    doc["h3_bold"] = d.chance("h3_bold", 0.8)
    doc["pagesize"] = "A4L" if d.chance("landscape", landscape_p) else "A4"
    doc["margins_cm"] = (d.real("margin_left", 1.6, 2.8, 1), d.real("margin_right", 1.6, 2.6, 1),
                         d.real("margin_top", 2.3, 3.2, 1), d.real("margin_bottom", 1.8, 2.5, 1))
    doc["rule_width"] = d.pick("rule_width", [0.4, 0.6, 1.0])
    doc["head_grey"] = d.pick("header_shade", [0.78, 0.85, 0.92, 1.0])
    fmt = d.pick("page_label", [None, "{n}", "Side {n}", "Side {n} af {N}", "- {n} -", "{n}/{N}"])
    if fmt:
        doc["page_label"] = {"fmt": fmt, "pos": d.pick("page_label_pos", ["bottom_center", "bottom_right",
                                                                         "top_right"]),
                             "skip_first": d.chance("page_label_skip_first", 0.2)}
    doc["scan"] = {"dpi": d.pick("scan_dpi", [150, 200, 200, 300]),
                   "angle": d.real("scan_angle", 0.2, 1.5),
                   "mode": d.pick("scan_mode", ["grey", "grey", "grey", "bilevel"]),
                   "quality": d.int("scan_jpeg_quality", 50, 85),
                   "background": d.pick("scan_paper", [None, None, 0.86, 0.9, 0.94]),
                   "blur": d.real("scan_blur", 0.3, 0.8),
                   "noise": d.real("scan_noise", 0.08, 0.25),
                   "threshold": d.int("scan_threshold", 52, 62)}


def period_text(d, years):
    if len(years) == 1:
        return str(years[0])
    dash = d.pick("period_dash", ["-", "-", "–"])
    form = d.pick("period_form", ["range", "range", "perioden"])
    r = f"{years[0]}{dash}{years[-1]}"
    return f"for perioden {r}" if form == "perioden" else r


def two_lines(title):
    """the title with its middle space turned into a line break"""
    words = title.split(" ")
    best, pos = None, 0
    for i in range(1, len(words)):
        left = len(" ".join(words[:i]))
        score = abs(left - len(title) / 2)
        if best is None or score < best:
            best, pos = score, i
    return " ".join(words[:pos]) + "<br/>" + " ".join(words[pos:])


def front(d, doc, years, title, committee_named, letter=False):
    """letterhead, journal block, 'Bilag N' line, title, forvaltning line, 'Til ...' line.
    Returns the blocks; fills doc['document']."""
    udvalg, forv = doc["_committee"]
    dd = {"title": plain(title), "bilag": None, "committee": udvalg if committee_named else None,
          "administration": None, "date": None, "case_number": None, "document_number": None,
          "years": list(years)}
    blocks = []
    lh_style = d.pick("letterhead", ["none", "rule", "plain", "right", "stacked", "centered"],
                      weights=[1.2, 1, 1, 1, 0.8, 0.5]) if not letter else \
        d.pick("letterhead", ["rule", "plain", "right"])
    if lh_style != "none":
        doc["letterhead"] = {"left": "Københavns Kommune", "right": forv, "style": lh_style,
                             "running": d.chance("letterhead_running", 0.75),
                             "line": d.chance("letterhead_line", 0.6), "size": d.pick("letterhead_size", [9, 10, 11])}
        dd["administration"] = forv
    first_year = years[0]
    doc_year = first_year - 1 if d.rng.random() < 0.6 else first_year
    block = "none" if letter else d.pick("journal_block", ["none", "right", "left", "meta_line"],
                                         weights=[2, 1.2, 0.6, 0.6])
    if block != "none":
        lines = []
        if d.chance("journal_forvaltning", 0.8 if lh_style == "none" else 0.4):
            lines.append(d.pick("journal_forvaltning_bold", [f"<b>{forv}</b>", forv]))
            dd["administration"] = forv
        ymd = P.date_of(d, doc_year)
        if d.chance("journal_date", 0.8):
            lines.append(P.date_text(d, ymd))
            dd["date"] = P.iso(ymd)
        if d.chance("journal_case", 0.8):
            cn = P.case_number(d, doc_year)
            lab = d.pick("case_label", ["Sagsnr.", "Sagsnr.", "J.nr.", "Sagsnr.:", "J.nr.:"])
            lines.append(f"{lab} {cn}")
            dd["case_number"] = cn
        if d.chance("journal_docno", 0.5):
            dn = P.case_number(d, doc_year)
            lines.append(f"{d.pick('docno_label', ['Dokumentnr.', 'Dok.nr.', 'Dokumentnr.:'])} {dn}")
            dd["document_number"] = dn
        if d.chance("journal_person", 0.5):
            lines.append(f"Sagsbehandler: {P.person(d)}")
        if lines:
            if block == "meta_line":
                blocks.append(("small", "&nbsp;&nbsp; ".join(lines)))
            else:
                blocks.append(("rblock", lines, "right" if block == "right" else "left"))
    bilag_no = str(d.int("bilag_number", 1, 9))
    bform = d.pick("bilag_form", ["none", "line", "line_bold", "indstilling", "prefix_colon", "prefix_dot",
                                  "heading"], weights=[1.5, 1, 1, 0.8, 0.8, 0.6, 0.5]) if not letter else \
        d.pick("bilag_form", ["prefix_dot", "prefix_dot", "line", "line_bold", "prefix_colon"])
    if bform != "none":
        dd["bilag"] = bilag_no
    if bform == "line":
        blocks.append(("p", f"Bilag {bilag_no}"))
    elif bform == "line_bold":
        blocks.append(("p", f"<b>Bilag {bilag_no}</b>"))
    elif bform == "heading":
        blocks.append(("h2", f"Bilag {bilag_no}:"))
    elif bform == "indstilling":
        blocks.append(("p", f"Bilag {bilag_no} til indstilling til {udvalg}"))
        dd["committee"] = udvalg
    if letter:
        blocks.append(("spacer", d.real("letter_top_space", 0.2, 1.0, 1)))
        blocks.append(("p", f"Til {udvalg}"))
        dd["committee"] = udvalg
        ymd = P.date_of(d, doc_year)
        if d.chance("letter_date_in_body", 0.8):
            blocks.append(("p", P.date_text(d, ymd, "letter_date_form")))
            dd["date"] = P.iso(ymd)
        doc["_letter_date"] = ymd
        blocks.append(("spacer", 0.3))
    elif d.chance("til_line", 0.12):
        blocks.append(("p", f"Til {udvalg}"))
        dd["committee"] = udvalg
    shown = title
    if d.chance("title_two_lines", 0.35):
        shown = two_lines(title)
    if bform == "prefix_colon":
        shown = f"Bilag {bilag_no}: " + shown
    elif bform == "prefix_dot":
        shown = f"Bilag {bilag_no}. " + shown
    blocks.append(("title", shown, {"align": d.pick("title_align", ["left", "left", "center"]),
                                    "size_add": d.pick("title_size_add", [1.5, 3, 4, 5, 7]),
                                    "space_before": d.pick("title_space_before", [0, 6, 18])}))
    if d.chance("forvaltning_line", 0.5 if dd["administration"] is None else 0.15):
        blocks.append((d.pick("forvaltning_line_style", ["h2", "p"]), forv))
        dd["administration"] = forv
    doc["document"] = dd
    doc["pdf_title"] = plain(title)
    return blocks


def committee(d, doc):
    c = d.pick("committee", P.COMMITTEES)
    doc["_committee"] = (c[0], c[1])
    return c[0], c[1], c[0] + "s"


def intro(d, years, n_max=3, money=True, udvalg=None):
    out = []
    for i in range(d.int("intro_paragraphs", 0, n_max)):
        s = P.distractor(d, years, money=money and d.rng.random() < 0.3)
        if d.rng.random() < 0.5:
            s = P.distractor(d, years) + " " + s
        if i == 0 and udvalg and d.rng.random() < 0.5:
            s = (f"{udvalg} bedes redegøre for de enkeltindsatser, der bidrager til at nå målene i "
                 f"integrationspolitikken. ") + s
        out.append(("p", s))
    return out


def marker_text(marker, i, text):
    if marker in ("1.", "1)"):
        return f"{i + 1}{marker[1]} {text}"
    return (marker + " " + text) if marker else text


def item_with_marker(item, marker, i):
    if isinstance(item, dict):
        out = dict(item)
        out["text"] = marker_text(marker, i, item["text"])
        return out
    return marker_text(marker, i, item)


# =========================================================================== statusskema
def statusskema(d):
    doc = {"family": "statusskema"}
    page_setup(d, doc)
    udvalg, forv, gen = committee(d, doc)
    y2 = d.int("last_year", 2005, 2015)
    years = list(range(y2 - d.int("span", 0, 2), y2 + 1))
    period = period_text(d, years)
    tform = d.pick("title_form", ["gen_statusskema", "gen_redegoerelse", "statusskema", "gen_statusskemaer"])
    title = {"gen_statusskema": f"{gen} statusskema for integrationsindsatsen {period}",
             "gen_redegoerelse": f"{gen} redegørelse for integrationsindsatsen {period}",
             "statusskema": f"Statusskema for integrationsindsatsen {period}",
             "gen_statusskemaer": f"Statusskemaer for {gen} integrationsindsatser {period}"}[tform]
    blocks = front(d, doc, years, title, tform != "statusskema")
    blocks += intro(d, years, udvalg=udvalg if doc["document"]["committee"] else None)

    n = d.int("initiatives", 2, 6)
    inits = P.initiatives(d, n)
    heading = d.pick("section_heading", ["num_sub", "skema", "num_dot", "indsats_n", "none"],
                     weights=[1.2, 1, 1, 0.6, 0.6])
    name_label = d.pick("name_label", ["Navn på indsats", "Indsatsens navn", "Projektnavn", "Indsats", "Navn"])
    goal_label = d.pick("goal_label", ["Mål", "Indsatsens mål", "Resultatmål", "Succeskriterier",
                                       "Mål for indsatsen"])
    money_label = d.pick("money_label", ["Økonomi", "Budget", "Finansiering", "Bevilling"])
    act_label = d.pick("activities_label", ["Aktiviteter", "Beskrivelse", "Beskriv aktiviteterne", "Indhold"])
    follow_label = d.pick("follow_label", [None, "Opfølgning", "Planlagt opfølgning", "Evaluering"])
    status_label = d.pick("status_label", [None, "Status", "Status ift. målopfyldelse", f"Status pr. 1. marts {y2}"])
    contrib = d.chance("contribution_row", 0.3)
    colon = d.pick("label_colon", ["", ":"])
    money_pos = d.pick("money_row_position", ["after_name", "after_activities", "after_goals", "last"])
    goal_marker = d.pick("goal_item_marker", ["-", "•", "–", "", "1."])
    kv_opts = {"label_bold": d.chance("label_bold", 0.5), "label_bg": d.chance("label_shade", 0.3),
               "rules": d.pick("kv_rules", ["grid", "grid", "hlines", "none"]),
               "label_width_cm": d.real("label_width_cm", 3.2, 5.5, 1)}
    if heading == "num_sub":
        blocks.append(("h2", d.pick("part_heading", ["1. Enkeltindsatser",
                                                     f"Ad 1: {udvalg} bedes udfylde statusskema for enkeltindsatser",
                                                     "1. Statusskemaer"])))
    goal_years = years + [y2 + 1]
    for i, ini in enumerate(inits, start=1):
        section = None
        if heading == "num_sub":
            section = f"1.{i}"
            blocks.append(("h3", f"1.{i} {d.pick('sub_heading_text', [ini['name'], 'Indsats vedrørende ' + ini['act'].lower()])}"))
        elif heading == "skema":
            section = str(i)
            blocks.append(("h3", f"Skema {i}"))
        elif heading == "num_dot":
            section = str(i)
            blocks.append(("h3", f"{i}. {ini['name']}"))
        elif heading == "indsats_n":
            section = str(i)
            blocks.append(("h3", f"Indsats {i}: {ini['name']}"))

        def lab(s):
            return s + colon
        name_row = (lab(name_label), [ini["name"]])
        money_items = []
        if d.chance("money_within_frame", 0.85):
            money_items.append(P.money_sentence(d, years, "field"))
            if d.chance("second_money", 0.15):
                money_items.append(P.money_sentence(d, years, "field"))
        else:
            money_items.append(d.pick("no_money_text", ["Afholdes inden for eksisterende ramme.",
                                                         "Ingen særskilt bevilling.", "Driftsbudget."]))
        money_row = (lab(money_label), money_items)
        k = d.int("goal_items", 1, 4)
        goals = [P.target(d, "goal", year_choices=goal_years, year_p=0.6, lead_at=d.rng.random() < 0.3)
                 for _ in range(k)]
        if k > 1 or d.rng.random() < 0.5:
            goals = [item_with_marker(g, goal_marker, j) for j, g in enumerate(goals)]
        goal_row = (lab(goal_label), goals)
        target_row = (lab("Målgruppe"), [P.description(d, ini)])
        act_row = (lab(act_label), [P.description(d, ini, d.int("activities_sentences", 1, 2))])
        order = [target_row, act_row, goal_row]
        if money_pos == "after_name":
            order.insert(0, money_row)
        elif money_pos == "after_activities":
            order.insert(2, money_row)
        else:
            order.append(money_row)
        if contrib:
            order.append((lab("Hvordan bidrager indsatsen til mål i integrationspolitikken"),
                          ["Indsatsen styrker selvforsørgelsen og deltagelsen i samfundslivet."]))
        if follow_label:
            order.append((lab(follow_label), [d.any(["Intern evaluering.", "Årlig opfølgning i forvaltningens årsrapport.",
                                                      f"Ekstern evaluering i {y2 + 1}.",
                                                      "Løbende registrering af deltagere og aktiviteter."])]))
        if status_label:
            order.append((lab(status_label), [P.status_text(d, years)]))
        if money_pos == "last" and order[-1] is not money_row:
            order.remove(money_row)
            order.append(money_row)
        rows = [name_row] + order
        blocks.append(("kv", {"name": ini["name"], "section": section, "theme": None}, rows, kv_opts))
    if d.chance("budget_table", 0.8):
        blocks += budget_blocks(d, doc, inits, years)
    doc["blocks"] = blocks
    return doc


def budget_blocks(d, doc, inits, years):
    unit = d.pick("budget_unit", ["(i 1.000 kr.)", "(i 1000 kr.)", "t.kr.", "(mio. kr.)", "(1.000 kr.)"])
    factor = 1e6 if "mio" in unit else 1000
    head = d.pick("budget_head", ["Integrationsindsatser {u}", "Indsats {u}", "Beløb {u}", "{u}"]).format(u=unit)
    bheading = d.pick("budget_heading", ["Økonomisk oversigt", "2. Økonomisk oversigt",
                                         "Ad 2: Økonomisk oversigt", "Økonomi"])
    byears = list(years)
    if d.chance("budget_extra_year", 0.3 if len(years) > 1 else 0.7):
        byears.append(years[-1] + 1)
    has_total_col = d.chance("budget_total_column", 0.7)
    dash = d.pick("budget_dash", ["-", "–"])
    mio_whole = d.pick("budget_mio_whole", [",0", ""])

    def show(v_k):
        """v_k: thousands of kroner"""
        if factor == 1000:
            return P.fmt_int(v_k)
        m = v_k / 1000
        if m == int(m):
            return f"{int(m)}{mio_whole}"
        return P.fmt_num(round(m, 3))

    item_form = d.pick("budget_item_form", ["name", "name", "act"])
    step = 50 if factor > 1000 else d.pick("budget_step", [1, 5, 25, 50])
    notes = []
    rows = []
    sums = [0] * len(byears)
    for ini in inits:
        label = ini["name"] if item_form == "name" else ini["act"]
        vals, cells = [], []
        for _y in byears:
            if d.rng.random() < 0.18:
                vals.append(None)
                cells.append(dash)
            else:
                v = d.num(1, 60) * step * (d.num(1, 8) if step < 50 else 1)
                vals.append(v)
                cells.append(show(v))
        if d.rng.random() < 0.07 and len(notes) < 3:
            j = d.num(0, len(byears) - 1)
            notes.append("Videreførelse afhænger af budgetforhandlingerne.")
            vals[j] = None
            cells[j] = f"(Se note {len(notes)})"
        if d.rng.random() < 0.1 and len(notes) < 3:
            notes.append(d.any(["Udgiften deles med Region Hovedstaden.",
                                "Beløbet omfatter også administration.",
                                f"Kommunens andel for {byears[-1] + 1} ({P.fmt_num(1.5)} mio. kr.) er endnu ikke fordelt."]))
            label += f" (Se note {len(notes)})"
        for j, v in enumerate(vals):
            sums[j] += v or 0
        if has_total_col:
            tot = sum(v or 0 for v in vals)
            cells.append(show(tot) if tot else dash)
        rows.append({"item": label, "cells": cells})
    total_row_label = d.pick("budget_total_row", ["I alt", "I alt", "Integrationsindsatser i alt", None])
    if total_row_label:
        cells = [show(s) if s else dash for s in sums]
        if has_total_col:
            cells.append(show(sum(sums)) if sum(sums) else dash)
        rows.append({"item": total_row_label, "cells": cells, "bold": d.chance("budget_total_bold", 0.8)})
    cols = [(str(y), y) for y in byears] + ([("I alt", None)] if has_total_col else [])
    spec = {"head": head, "factor": factor, "columns": cols, "rows": rows,
            "notes": [f"{i + 1}) {t}" for i, t in enumerate(notes)],
            "rules": d.pick("budget_rules", ["grid", "hlines", "none"]),
            "first_width_cm": d.real("budget_first_width_cm", 5.5, 8.5, 1),
            "shade_header": d.chance("budget_shade", 0.5)}
    return [("condbreak", 5), ("h2", bheading), ("budget", spec)]


# =========================================================================== results table
def results_columns(d, base, first_col, max_res=2, max_req=2):
    """columns [(header, kind, year)] and optional super header"""
    res_years = sorted(d.sample("result_years", [base - 2, base - 1], d.int("result_columns", 1, max_res)))
    req_years = sorted(d.sample("requirement_years", [base - 1, base, base + 1],
                                d.int("requirement_columns", 1, max_req)))
    goal_year = max(req_years) + d.int("goal_after_requirement", 0, 2)
    groups = {"result": ("Resultat", res_years), "requirement": ("Resultatkrav", req_years)}
    order = d.pick("column_order", ["req_res", "res_req", "mixed"])
    within = d.pick("year_order", ["asc", "desc"])
    hstyle = d.pick("header_style", ["one_line", "two_lines", "super"], weights=[1.2, 1, 1])
    if hstyle == "super" and order == "mixed":
        order = "req_res"
    kinds = ["requirement", "result"] if order != "res_req" else ["result", "requirement"]
    goal_label = d.pick("goal_header_word", ["Mål", "Mål", "Målsætning"])
    cols = []
    if first_col == "name":
        cols.append((f"{goal_label} {goal_year}" if hstyle != "two_lines" else f"{goal_label}<br/>{goal_year}",
                     "goal", goal_year))
        super_h = [(cols[0][0], 1)]
    else:
        h = d.pick("indsats_header", ["Indsats", "Indsatser", "Initiativ", "Indsatsområde"])
        cols.append((h, None, None))
        super_h = [(h, 1)]
    ycols = []
    for kind in kinds:
        word, ys = groups[kind]
        ys = ys if within == "asc" else list(reversed(ys))
        ycols.append([(kind, word, y) for y in ys])
    flat = [c for g in ycols for c in g]
    if order == "mixed":
        flat = d.shuffle("column_shuffle", flat)
    goal_col = None
    if first_col != "name":
        goal_col = ("goal", goal_label, goal_year)
        where = d.pick("goal_column_position", ["first", "last"])
        flat = [goal_col] + flat if where == "first" else flat + [goal_col]
    if hstyle == "super":
        # group runs of the same kind under one spanning cell
        i = 0
        while i < len(flat):
            kind, word, _y = flat[i]
            j = i
            while j < len(flat) and flat[j][0] == kind:
                j += 1
            run = flat[i:j]
            if len(run) == 1:
                cols.append((f"{word} {run[0][2]}", kind, run[0][2]))
                super_h.append((f"{word} {run[0][2]}", 1))
            else:
                for k, w, y in run:
                    cols.append((str(y), k, y))
                super_h.append((word, len(run)))
            i = j
        return cols, super_h, goal_year
    for kind, word, y in flat:
        cols.append((f"{word}<br/>{y}" if hstyle == "two_lines" else f"{word} {y}", kind, y))
    return cols, None, goal_year


def results_row(d, ini, cols, years, desc_p=0.7, money_p=0.45):
    unit = d.pick("row_unit", ["count", "percent", "percent", "count", "percentage_points"])
    full = d.chance("row_full_sentences", 0.5)
    desc = None
    if d.rng.random() < desc_p:
        text = P.description(d, ini, d.int("desc_sentences", 1, 2))
        if d.rng.random() < money_p:
            m = P.money_sentence(d, years, "sentence")
            desc = tx(text + " " + m["text"], amounts=m["amounts"])
        else:
            desc = text
    cells = []
    wording = {}
    for _hdr, kind, _y in cols[1:]:
        r = d.rng.random()
        if kind == "result" and r < 0.15:
            cells.append(d.any(["Ingen", "Ikke opgjort", "Ingen data", "Foreligger ikke"]))
        elif r < 0.05:
            cells.append(d.any(["Ingen", "Ikke opgjort"]))
        elif full and kind != "result":
            cells.append(P.target(d, None, unit=unit, quant_p=0.92, cmp_p=0.3, wording=wording))
        elif full and d.rng.random() < 0.5:
            cells.append(P.target(d, None, unit=unit, quant_p=1.0, cmp_p=0.1, wording=wording))
        else:
            cells.append(P.bare_cell(d, unit))
    return {"name": ini["name"], "desc": desc, "cells": cells}


def results_table_spec(d, inits, years, cols, super_h, theme_mode, narrow=False):
    groups = []
    if theme_mode == "none":
        groups.append({"theme": None, "rows": inits})
    else:
        ng = min(len(inits), d.int("theme_groups", 1, 3))
        themes = d.rng.sample(P.THEMES_UPPER if theme_mode == "upper" else P.THEMES_TITLE, ng)
        cuts = sorted(d.rng.sample(range(1, len(inits)), ng - 1)) if ng > 1 else []
        bounds = [0] + cuts + [len(inits)]
        for t, a, b in zip(themes, bounds, bounds[1:]):
            groups.append({"theme": t, "rows": inits[a:b]})
    for g in groups:
        g["rows"] = [results_row(d, ini, cols, years) for ini in g["rows"]]
    first_w = d.real("first_column_weight", 1.6, 3.0, 1)
    spec = {"columns": cols, "super_header": super_h, "groups": groups,
            "rules": d.pick("results_rules", ["grid", "grid", "hlines", "none"]),
            "widths": [first_w] + [1] * (len(cols) - 1),
            "repeat_header": d.chance("repeat_header", 0.6),
            "center_header": d.chance("center_header", 0.3),
            "shade_header": d.chance("results_shade", 0.6),
            "shade_theme": d.chance("theme_shade", 0.6),
            "theme_bold": d.chance("theme_bold", 0.85),
            "desc_inline": d.chance("desc_inline", 0.15)}
    if narrow:
        spec["first_page_table"] = True
    return spec


def results(d):
    doc = {"family": "results"}
    page_setup(d, doc, landscape_p=0.2)
    udvalg, forv, gen = committee(d, doc)
    base = d.int("base_year", 2005, 2014)
    first_col = d.pick("first_column", ["name", "name", "indsats"])
    cols, super_h, goal_year = results_columns(d, base, first_col)
    ys = [c[2] for c in cols if c[2]]
    lo = min(ys) if d.pick("title_from", ["all_columns", "no_results"]) == "all_columns" else \
        min(c[2] for c in cols if c[2] and c[1] != "result")
    years = list(range(lo, goal_year + 1))
    period = period_text(d, years)
    tform = d.pick("title_form", ["resultater", "gen_resultater", "resultatkrav", "gen_maal"])
    title = {"resultater": f"Resultater og mål for integrationsindsatsen {period}",
             "gen_resultater": f"{gen} resultater og mål for integrationsindsatsen {period}",
             "resultatkrav": f"Resultatkrav og mål for integrationsindsatsen {period}",
             "gen_maal": f"{gen} mål og resultatkrav på integrationsområdet {period}"}[tform]
    blocks = front(d, doc, years, title, tform.startswith("gen"))
    blocks += intro(d, years, n_max=2)
    inits = P.initiatives(d, d.int("rows", 3, 9))
    theme_mode = d.pick("theme_rows", ["none", "title_case", "upper"])
    if d.chance("table_starts_low", 0.25):
        blocks.append(("spacer", d.real("space_before_table_cm", 3, 9, 1)))
    blocks.append(("results", results_table_spec(d, inits, years, cols, super_h, theme_mode)))
    if d.chance("footnote", 0.5):
        blocks.append(("small", d.any(["*", "Note: ", ""]) + P.distractor(d, years)))
    doc["blocks"] = blocks
    return doc


# =========================================================================== handleplan
GOAL_INTROS = ["Derfor etableres følgende mål:", "Derfor etableres følgende mål:", "Derfor opstilles følgende mål:",
               "Følgende mål etableres:", "Der etableres derfor følgende mål:"]


def handleplan(d):
    doc = {"family": "handleplan"}
    page_setup(d, doc)
    udvalg, forv, gen = committee(d, doc)
    y1 = d.int("first_year", 2008, 2015)
    years = list(range(y1, y1 + d.int("span", 1, 3) + 1))
    period = period_text(d, years)
    tform = d.pick("title_form", ["gen_handleplan", "handleplan", "gen_handleplan_indsats", "handleplan_omraade"])
    title = {"gen_handleplan": f"{gen} handleplan for integration {period}",
             "handleplan": f"Handleplan for integration {period}",
             "gen_handleplan_indsats": f"{gen} handleplan for integrationsindsatsen {period}",
             "handleplan_omraade": f"Handleplan for integrationsindsatsen {period}"}[tform]
    blocks = front(d, doc, years, title, tform.startswith("gen"))
    if d.chance("overall_goal_section", 0.6):
        blocks.append(("h2", d.pick("overall_heading", ["Overordnet målsætning", "Indledning", "Baggrund"])))
    blocks += intro(d, years, n_max=2)
    n = d.int("subgoals", 2, 5)
    inits = P.initiatives(d, n)
    hstyle = d.pick("subgoal_heading", ["delmaal", "ad_dot", "ad_dot_before", "paren", "num_dot", "ad_colon"])
    heading_block = d.pick("subgoal_heading_block", ["h2", "h3", "bold_p"])
    if hstyle not in ("paren", "num_dot") and d.chance("subgoal_overview", 0.45):
        blocks.append(("p", d.pick("overview_intro", [f"Udvalget har fastlagt følgende {n} delmål:",
                                                     f"Følgende {n} underordnede mål præsenteres nedenfor:",
                                                     "Handleplanen har følgende delmål:"])))
        blocks.append(("list", d.pick("overview_marker", ["1)", "1.", "•"]), [i["name"] for i in inits]))
    bullet = d.pick("goal_bullet", ["•", "-", "–", ""])
    lead_at = d.chance("goal_items_start_with_at", 0.6)
    goal_intro = d.pick("goal_intro", GOAL_INTROS)
    maal_er = d.pick("maalet_er_form", ["Målet er, at", "Målet er at", "Målet er, at"])
    for i, ini in enumerate(inits, start=1):
        sec = str(i)
        blocks.append(("init", {"name": ini["name"], "section": sec, "theme": None}))
        head = {"delmaal": f"Delmål {i}: {ini['name']}", "ad_dot": f"Ad {i}. {ini['name']}",
                "ad_dot_before": f"Ad. {i} {ini['name']}", "paren": f"{i}) {ini['name']}",
                "num_dot": f"{i}. {ini['name']}", "ad_colon": f"Ad {i}: {ini['name']}"}[hstyle]
        blocks.append((heading_block, head) if heading_block != "bold_p" else ("p", f"<b>{head}</b>"))
        for _ in range(d.int("context_paragraphs", 1, 2)):
            s = P.description(d, ini, d.int("context_sentences", 1, 2))
            if d.rng.random() < 0.7:
                s += " " + P.distractor(d, years)
            blocks.append(("p", s))
        if d.rng.random() < 0.15:
            m = P.money_sentence(d, years, "sentence")
            blocks.append(("p", m))
        mode = d.pick("target_mode", ["list", "list", "maalet_er", "both"])
        if mode in ("maalet_er", "both"):
            for _ in range(d.int("maalet_er_sentences", 1, 2) if mode == "maalet_er" else 1):
                t = P.target(d, "goal", year_choices=years, year_p=1.0, quant_p=1.0)
                s = t["text"]
                t["text"] = f"{maal_er} {s[0].lower() + s[1:]}."
                blocks.append(("p", t))
        if mode in ("list", "both"):
            blocks.append(("p", goal_intro))
            items = [P.target(d, "goal", year_choices=years, year_p=1.0, lead_at=lead_at, quant_p=0.9)
                     for _ in range(d.int("goal_items", 1, 3))]
            blocks.append(("list", bullet, items))
        if d.rng.random() < 0.4:
            blocks.append(("p", P.distractor(d, years)))
    # economy
    if d.chance("economy_section", 0.9):
        eh = d.pick("economy_heading", ["h2", "bold_p", "label"])
        sentences = []
        funded = sorted(d.rng.sample(range(1, n + 1), d.int("funded_subgoals", 1, min(3, n))))
        for i in funded:
            amt, amounts = P.amount_phrase(d, years)
            act = inits[i - 1]["act"].lower()
            form = d.pick("economy_tie", ["under", "finansieres", "anvendes", "paren"])
            s = {"under": f"Til {act} under delmål {i} er der afsat {amt}.",
                 "finansieres": f"Delmål {i} finansieres med {amt}.",
                 "anvendes": f"Under delmål {i} anvendes {amt} til {act}.",
                 "paren": f"{inits[i - 1]['act']} (delmål {i}) finansieres med {amt}."}[form].replace("kr..", "kr.")
            sentences.append(tx(s, amounts=[(str(i), a) for a in amounts]))
        if d.chance("untied_comparison", 0.6):
            sentences.append(f"Til sammenligning brugte forvaltningen {P.fmt_num(float(P._mio(d)))} mio. kr. på "
                             f"tilsvarende aktiviteter i {years[0] - 1}.")
        if d.chance("rest_within_frame", 0.6):
            sentences.append("De øvrige delmål realiseres inden for udvalgets eksisterende budget.")
        if eh == "h2":
            blocks.append(("h2", "Økonomi"))
        elif eh == "bold_p":
            blocks.append(("p", "<b>Økonomi</b>"))
        if eh == "label":
            first = sentences[0]
            if isinstance(first, dict):
                first = dict(first)
                first["text"] = "<b>Økonomi:</b> " + first["text"]
            else:
                first = "<b>Økonomi:</b> " + first
            sentences[0] = first
        if d.chance("economy_one_paragraph", 0.4):
            texts = [s["text"] if isinstance(s, dict) else s for s in sentences]
            amounts = [a for s in sentences if isinstance(s, dict) for a in s.get("amounts", [])]
            blocks.append(("p", tx(" ".join(texts), amounts=amounts)))
        else:
            for s in sentences:
                blocks.append(("p", s))
    doc["blocks"] = blocks
    return doc


# =========================================================================== status report
def status(d):
    doc = {"family": "status"}
    page_setup(d, doc, landscape_p=0.5)
    udvalg, forv, gen = committee(d, doc)
    y = d.int("year", 2010, 2016)
    years = [y]
    tform = d.pick("title_form", ["gen_statusrapport", "status_paa", "statusrapport", "gen_status_handleplan"])
    title = {"gen_statusrapport": f"{gen} statusrapport for integrationsindsatsen {y}",
             "status_paa": f"Status på {gen} integrationsindsats {y}",
             "statusrapport": f"Statusrapport for integrationsindsatsen {y}",
             "gen_status_handleplan": f"{gen} status på handleplan for integration {y}"}[tform]
    blocks = front(d, doc, years, title, tform != "statusrapport")
    blocks += intro(d, years, n_max=2)
    headers = d.pick("status_headers", [("Indsatser", "Succeskriterier", "Status"),
                                        ("Indsats", "Succeskriterium", f"Status pr. 1. oktober {y}"),
                                        ("Initiativ", "Succeskriterier", "Status"),
                                        ("Indsatser", "Succeskriterier", f"Status ultimo {y}")])
    theme_mode = d.pick("status_theme_mode", ["caption", "theme_rows", "none"])
    caption = d.pick("caption_form", ["Handleplan {y}: {t}", "Statusrapport {y} {t}",
                                      "Handleplan for integration {y} – {t}"])
    marker = d.pick("criteria_marker", ["-", "-", "•", ""])
    rules = d.pick("status_rules", ["grid", "grid", "hlines"])
    repeat = d.chance("repeat_header", 0.5)
    wfirst = d.real("first_column_weight", 0.8, 1.3, 2)
    ngroups = d.int("theme_groups", 1, 3) if theme_mode != "none" else 1
    themes = d.rng.sample(P.THEMES_UPPER, ngroups)
    inits = P.initiatives(d, ngroups * 4)
    cont_at = None
    if d.chance("row_continues", 0.6):
        cont_at = d.num(0, ngroups * 2)
    k = 0
    tables = []
    for gi in range(ngroups):
        rows = []
        for _ in range(d.int("rows_per_group", 1, 3 if ngroups > 1 else 4)):
            ini = inits[k]
            k += 1
            desc = [P.description(d, ini, d.int("desc_sentences", 1, 2))]
            if d.rng.random() < 0.3:
                m = P.money_sentence(d, years, "sentence")
                desc[0] = tx(desc[0] + " " + m["text"], amounts=m["amounts"])
            crit = [item_with_marker(P.target(d, "success_criterion", year_choices=years, year_p=0.3, cmp_p=0.35),
                                     marker, j) for j in range(d.int("criteria", 1, 3))]
            stat = [P.status_text(d, years) + (" " + P.status_text(d, years) if d.rng.random() < 0.5 else "")
                    for _ in range(d.int("status_paragraphs", 1, 3))]
            if d.rng.random() < 0.15:
                amt, amounts = P.amount_phrase(d, years)
                stat.append(tx(f"Der er afsat {amt} af de eksisterende midler til opfølgningen.", amounts=amounts))
            row = {"name": ini["name"], "desc": desc, "criteria": crit, "status": stat}
            if cont_at is not None and k - 1 == cont_at:
                row["cont"] = {"criteria": [item_with_marker(P.target(d, "success_criterion", year_choices=years,
                                                                      year_p=0.3), marker, len(crit))],
                               "status": [P.status_text(d, years)]}
            rows.append(row)
        tables.append((themes[gi], rows))
    widths = [wfirst, 1, 1.15]
    if theme_mode == "caption":
        for t, rows in tables:
            blocks.append(("status", {"title": caption.format(y=y, t=t), "theme": t, "headers": headers,
                                      "rows": rows, "widths": widths, "repeat_header": repeat, "rules": rules}))
    else:
        allrows = []
        for t, rows in tables:
            if theme_mode == "theme_rows":
                allrows.append({"theme_row": t})
            allrows += rows
        blocks.append(("status", {"headers": headers, "rows": allrows, "widths": widths, "repeat_header": repeat,
                                  "rules": rules}))
    doc["blocks"] = blocks
    return doc


# =========================================================================== letter
def letter(d):
    doc = {"family": "letter"}
    page_setup(d, doc)
    doc["pagesize"] = "A4"
    udvalg, forv, gen = committee(d, doc)
    base = d.int("base_year", 2008, 2015)
    first_col = d.pick("first_column", ["indsats", "indsats", "name"])
    cols, super_h, goal_year = results_columns(d, base, first_col, max_res=1, max_req=2 if first_col == "name" else 1)
    doc["cell_size"] = min(doc["cell_size"], d.pick("letter_cell_size", [8, 8.5, 9]))
    years = list(range(min(c[2] for c in cols if c[1] == "requirement"), goal_year + 1))
    period = period_text(d, years)
    tform = d.pick("title_form", ["handleplan_i", "resultatkrav", "maal_medarbejdere"])
    title = {"handleplan_i": f"Handleplan for integration i {forv} {period}",
             "resultatkrav": f"Resultatkrav og mål for integrationsindsatsen {period}",
             "maal_medarbejdere": f"Mål for medarbejdersammensætningen {period}"}[tform]
    ymd = P.date_of(d, years[0] - 1)
    side_w = d.real("side_column_width_cm", 4.2, 5.0, 1)
    doc["margins_cm"] = (doc["margins_cm"][0], 1.2, doc["margins_cm"][2], doc["margins_cm"][3])
    blocks = front(d, doc, years, title, False, letter=True)
    dd = doc["document"]
    cn, dn = P.case_number(d, ymd[0]), P.case_number(d, ymd[0])
    top = []
    if dd["date"] is None:
        top += [("", P.date_text(d, ymd, "side_date_form")), ("", "")]
        dd["date"] = P.iso(ymd)
    top += [("b", "Sagsnr."), ("", cn), ("", "")]
    dd["case_number"] = cn
    if d.chance("side_docno", 0.8):
        top += [("b", "Dokumentnr."), ("", dn), ("", "")]
        dd["document_number"] = dn
    top += [("b", "Sagsbehandler"), ("", P.person(d))]
    short = forv.split("-")[0].split(" ")[0][:3].upper()
    bottom = [("b", d.any(["HR og Organisation", "Integrationsenheden", "Center for Udvikling",
                           "Sekretariatet"])), ("", d.any(P.STREETS) + d.any(["", ", 4. sal", ", 5. sal"])),
              ("", d.any(P.POSTAL)), ("", ""), ("b", "Telefon"), ("", f"33 17 {d.num(10, 99)} {d.num(10, 99)}"),
              ("", ""), ("b", "E-mail"), ("", f"integration@{short.lower()}.kk.dk"), ("", ""),
              ("b", "EAN nummer"), ("", f"5798009{d.num(100000, 999999)}"), ("", ""), ("", "www.kk.dk")]
    doc["side_column"] = {"width_cm": side_w, "top": top, "bottom": bottom, "size": d.pick("side_size", [7.5, 8, 8.5]),
                          "bottom_y_cm": d.real("side_bottom_y_cm", 8.5, 12.0, 1)}
    for _ in range(d.int("paragraphs_before", 1, 2)):
        blocks.append(("p", P.distractor(d, years) + " " + P.description(d, {"act": "Indsatsen", "group": "medarbejdere med anden etnisk baggrund"}, 1)))
    blocks.append(("p", d.pick("table_intro", ["Forvaltningen foreslår følgende resultatkrav og mål:",
                                               "Mål vedrørende integrationsindsats:", "Tabel 1. Mål og resultater"])))
    inits = P.initiatives(d, d.int("rows", 2, 5))
    theme_mode = d.pick("theme_rows", ["none", "none", "none", "title_case"])
    blocks.append(("results", results_table_spec(d, inits, years, cols, super_h, theme_mode, narrow=True)))
    for _ in range(d.int("paragraphs_after", 1, 4)):
        blocks.append(("p", P.distractor(d, years) + " " + P.description(d, inits[0], 1)))
    doc["blocks"] = blocks
    return doc


GENERATORS = {"statusskema": statusskema, "results": results, "handleplan": handleplan, "status": status,
              "letter": letter}


def make(family, seed):
    d = Draw(family, seed)
    doc = GENERATORS[family](d)
    doc.pop("_committee", None)
    doc.pop("_letter_date", None)
    doc["name"] = f"{family}-{seed}"
    return doc, d
