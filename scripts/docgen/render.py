"""reportlab rendering of a document description (see model.py)."""
from . import fonts
from .model import text_of


def esc(s):
    return s.replace("&", "&amp;").replace("&amp;nbsp;", "&nbsp;")


def list_prefix(marker, i):
    if marker in ("1.", "1)"):
        return f"{i + 1}{marker[1]}"
    if marker == "a)":
        return f"{'abcdefghij'[i]})"
    return marker


def render_pdf(doc, path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen import canvas as rlcanvas
    from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, KeepTogether, NextPageTemplate,
                                    PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

    F, FB = fonts.register(doc["font"])
    pagesize = landscape(A4) if doc.get("pagesize") == "A4L" else A4
    pw, ph = pagesize
    ml, mr, mt, mb = [x * cm for x in doc["margins_cm"]]
    bs = doc["body_size"]
    cs = doc["cell_size"]
    lead = doc.get("leading", 1.35)
    align = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}

    body = ParagraphStyle("body", fontName=F, fontSize=bs, leading=bs * lead, spaceAfter=doc.get("para_space", 6))
    small = ParagraphStyle("small", parent=body, fontSize=max(bs - 1.5, 7.5), leading=max(bs - 1.5, 7.5) * 1.3,
                           spaceAfter=3)
    hsize = doc.get("heading_add", 1.5)
    h2 = ParagraphStyle("h2", parent=body, fontName=FB, fontSize=bs + hsize, leading=(bs + hsize) * 1.3,
                        spaceBefore=8, spaceAfter=5, keepWithNext=1)
    h3 = ParagraphStyle("h3", parent=body, fontName=FB if doc.get("h3_bold", True) else F, fontSize=bs + 0.5,
                        leading=(bs + 0.5) * 1.3, spaceBefore=9, spaceAfter=4, keepWithNext=1)
    hs = {"h2": h2, "h3": h3}

    def cell_styles(size):
        c = ParagraphStyle("cell", fontName=F, fontSize=size, leading=size * 1.25, spaceAfter=2)
        cb = ParagraphStyle("cellb", parent=c, fontName=FB)
        cr = ParagraphStyle("cellr", parent=c, alignment=TA_RIGHT)
        cbr = ParagraphStyle("cellbr", parent=cb, alignment=TA_RIGHT)
        return c, cb, cr, cbr

    pad = [("VALIGN", (0, 0), (-1, -1), "TOP"),
           ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    lw = doc.get("rule_width", 0.6)
    grid = [("GRID", (0, 0), (-1, -1), lw, colors.black)] + pad
    head_bg = colors.Color(*[doc.get("head_grey", 0.85)] * 3)
    group_bg = colors.Color(0.93, 0.93, 0.93)

    def ruling(kind, nhead, shade=True):
        if kind == "grid":
            st = list(grid)
            if shade and nhead:
                st.append(("BACKGROUND", (0, 0), (-1, nhead - 1), head_bg))
            return st
        if kind == "hlines":
            st = list(pad) + [("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black),
                              ("LINEBELOW", (0, max(nhead - 1, 0)), (-1, max(nhead - 1, 0)), 1.0, colors.black),
                              ("LINEBELOW", (0, nhead), (-1, -1), 0.4, colors.black)]
            return st
        return list(pad) + [("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]

    story = []
    side = doc.get("side_column")
    if side:
        story.append(NextPageTemplate("later"))
    fw_first = pw - ml - mr - (side["width_cm"] * cm if side else 0)
    fw = pw - ml - mr

    def widths(fracs, full):
        s = sum(fracs)
        return [full * f / s for f in fracs]

    for b in doc["blocks"]:
        k = b[0]
        if k == "title":
            o = b[2] if len(b) > 2 else {}
            sz = bs + o.get("size_add", 5)
            st = ParagraphStyle("title", parent=body, fontName=FB, fontSize=sz, leading=sz * 1.25,
                                alignment=align[o.get("align", "left")], spaceBefore=o.get("space_before", 0),
                                spaceAfter=o.get("space_after", 10), keepWithNext=1)
            story.append(Paragraph(esc(b[1]), st))
        elif k in hs:
            if k == "h3":
                story.append(CondPageBreak(3.5 * cm))
            story.append(Paragraph(esc(b[1]), hs[k]))
        elif k == "p":
            story.append(Paragraph(esc(text_of(b[1])), body))
        elif k == "small":
            story.append(Paragraph(esc(text_of(b[1])), small))
        elif k == "rblock":
            al = b[2] if len(b) > 2 else "right"
            st = ParagraphStyle("rblock", parent=body, fontSize=bs - 1, leading=(bs - 1) * 1.35,
                                alignment=align[al], spaceAfter=14)
            story.append(Paragraph("<br/>".join(esc(x) for x in b[1]), st))
        elif k == "init":
            pass
        elif k == "spacer":
            story.append(Spacer(1, b[1] * cm))
        elif k == "pagebreak":
            story.append(PageBreak())
        elif k == "condbreak":
            story.append(CondPageBreak(b[1] * cm))
        elif k == "list":
            marker = b[1]
            wide = marker in ("1.", "1)", "a)")
            indent = (24 if wide else 16) if marker else 12
            ls = ParagraphStyle("li", parent=body, leftIndent=indent, bulletIndent=max(indent - 14, 0), spaceAfter=3)
            for i, it in enumerate(b[2]):
                pre = list_prefix(marker, i)
                story.append(Paragraph(esc(text_of(it)), ls, bulletText=pre or None))
            story.append(Spacer(1, 4))
        elif k == "kv":
            opts = b[3]
            c, cb, _cr, _cbr = cell_styles(opts.get("font_size", cs))
            data = []
            for label, items in b[2]:
                data.append([Paragraph(esc(label), cb if opts.get("label_bold") else c),
                             [Paragraph(esc(text_of(it)), c) for it in items]])
            lwid = opts.get("label_width_cm", 4.5) * cm
            t = Table(data, colWidths=[lwid, fw - lwid], splitByRow=1, hAlign="LEFT")
            st = ruling(opts.get("rules", "grid"), 0)
            if opts.get("label_bg"):
                st.append(("BACKGROUND", (0, 0), (0, -1), group_bg))
            t.setStyle(TableStyle(st))
            story.append(t)
            story.append(Spacer(1, opts.get("space_after", 8)))
        elif k == "results":
            spec = b[1]
            c, cb, _cr, _cbr = cell_styles(spec.get("font_size", cs))
            ncol = len(spec["columns"])
            rules = spec.get("rules", "grid")
            hstyle = ParagraphStyle("hc", parent=cb, alignment=TA_CENTER) if spec.get("center_header") else cb
            hcc = ParagraphStyle("hcc", parent=cb, alignment=TA_CENTER)
            if spec.get("super_header"):
                top, second, spans = [], [], []
                ci = 0
                for text, span in spec["super_header"]:
                    if span == 1:
                        top.append(Paragraph(esc(text), hstyle))
                        second.append("")
                        spans.append(("SPAN", (ci, 0), (ci, 1)))
                    else:
                        top += [Paragraph(esc(text), hcc)] + [""] * (span - 1)
                        second += [Paragraph(esc(col[0]), hcc) for col in spec["columns"][ci:ci + span]]
                        spans.append(("SPAN", (ci, 0), (ci + span - 1, 0)))
                    ci += span
                data = [top, second]
                nhead = 2
            else:
                data = [[Paragraph(esc(col[0]), hstyle) for col in spec["columns"]]]
                spans = []
                nhead = 1
            st = ruling(rules, nhead, spec.get("shade_header", True)) + spans
            if rules == "hlines" and spec.get("super_header"):
                ci = 0
                for _text, span in spec["super_header"]:
                    if span > 1:
                        st.append(("LINEBELOW", (ci, 0), (ci + span - 1, 0), 0.4, colors.black))
                    ci += span
            theme_style = cb if spec.get("theme_bold", True) else c
            for g in spec["groups"]:
                if g["theme"]:
                    data.append([Paragraph(esc(g["theme"]), theme_style)] + [""] * (ncol - 1))
                    ri = len(data) - 1
                    st.append(("SPAN", (0, ri), (-1, ri)))
                    if rules == "grid" and spec.get("shade_theme", True):
                        st.append(("BACKGROUND", (0, ri), (-1, ri), group_bg))
                for r in g["rows"]:
                    first = [Paragraph(esc(r["name"]), cb)]
                    if r.get("desc"):
                        if spec.get("desc_inline"):
                            first = [Paragraph(f"<b>{esc(r['name'])}</b> " + esc(text_of(r["desc"])), c)]
                        else:
                            first.append(Paragraph(esc(text_of(r["desc"])), c))
                    data.append([first] + [Paragraph(esc(text_of(x)), c) for x in r["cells"]])
            full = fw_first if spec.get("first_page_table") else fw
            t = Table(data, colWidths=widths(spec["widths"], full * spec.get("width_frac", 1.0)),
                      repeatRows=nhead if spec.get("repeat_header", True) else 0, hAlign="LEFT")
            t.setStyle(TableStyle(st))
            story.append(t)
            story.append(Spacer(1, 8))
        elif k == "status":
            spec = b[1]
            c, cb, _cr, _cbr = cell_styles(spec.get("font_size", cs))
            wds = widths(spec["widths"], fw)
            hd = spec["headers"]
            rules = spec.get("rules", "grid")

            def row_cells(name, desc, crit, stat):
                first = ([Paragraph(esc(name), cb)] if name else []) + [Paragraph(esc(text_of(d)), c) for d in desc]
                return [first or "", [Paragraph(esc(text_of(x)), c) for x in crit],
                        [Paragraph(esc(text_of(x)), c) for x in stat]]

            def head_rows():
                rows, st = [], ruling(rules, 0)
                if spec.get("title"):
                    rows.append([Paragraph(esc(spec["title"]), cb), "", ""])
                    st += [("SPAN", (0, 0), (-1, 0))]
                    if rules == "grid":
                        st.append(("BACKGROUND", (0, 0), (-1, 0), group_bg))
                rows.append([Paragraph(esc(x), cb) for x in hd])
                if rules == "grid" and spec.get("shade_header", True):
                    st.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), head_bg))
                if rules == "hlines":
                    st.append(("LINEBELOW", (0, len(rows) - 1), (-1, len(rows) - 1), 1.0, colors.black))
                return rows, st

            data, st = head_rows()
            nhead = len(data)
            for r in spec["rows"]:
                if "theme_row" in r:
                    data.append([Paragraph(esc(r["theme_row"]), cb), "", ""])
                    ri = len(data) - 1
                    st.append(("SPAN", (0, ri), (-1, ri)))
                    if rules == "grid":
                        st.append(("BACKGROUND", (0, ri), (-1, ri), group_bg))
                    continue
                data.append(row_cells(r["name"], r.get("desc", []), r["criteria"], r["status"]))
                if r.get("cont"):
                    t = Table(data, colWidths=wds, repeatRows=nhead if spec.get("repeat_header") else 0)
                    t.setStyle(TableStyle(st))
                    story.append(t)
                    story.append(PageBreak())
                    if spec.get("repeat_header"):
                        data, st = head_rows()
                    else:
                        data, st = [], ruling(rules, 0)
                    nhead = len(data)
                    data.append(row_cells(None, [], r["cont"]["criteria"], r["cont"]["status"]))
            t = Table(data, colWidths=wds, repeatRows=nhead if spec.get("repeat_header") else 0)
            t.setStyle(TableStyle(st))
            story.append(t)
            story.append(Spacer(1, 10))
        elif k == "budget":
            spec = b[1]
            c, cb, cr, cbr = cell_styles(spec.get("font_size", min(cs, 9.5)))
            ncol = len(spec["columns"])
            first_w = spec.get("first_width_cm", 7.0) * cm
            colw = min(spec.get("col_width_cm", 2.2) * cm, (fw - first_w) / ncol)
            data = [[Paragraph(esc(spec["head"]), cb)] + [Paragraph(esc(hh), cbr) for hh, _y in spec["columns"]]]
            for row in spec["rows"]:
                bold = row.get("bold")
                data.append([Paragraph(esc(row["item"]), cb if bold else c)] +
                            [Paragraph(esc(x), cbr if bold else cr) for x in row["cells"]])
            t = Table(data, colWidths=[first_w] + [colw] * ncol, hAlign="LEFT", repeatRows=1)
            rules = spec.get("rules", "grid")
            st = ruling(rules, 1, spec.get("shade_header", True))
            for ri, row in enumerate(spec["rows"], start=1):
                if row.get("bold") and rules == "hlines":
                    st.append(("LINEABOVE", (0, ri), (-1, ri), 1.0, colors.black))
            t.setStyle(TableStyle(st))
            notes = [Paragraph(esc(n), ParagraphStyle("note", parent=small, leftIndent=14, firstLineIndent=-14))
                     for n in spec.get("notes", [])]
            if len(data) <= 12:
                story.append(KeepTogether([t, Spacer(1, 8)] + notes))
            else:
                story += [t, Spacer(1, 8)] + notes
        else:
            raise ValueError("unknown block " + k)

    # page decorations -----------------------------------------------------
    lh = doc.get("letterhead")
    pl = doc.get("page_label")

    def letterhead(canv, _doc):
        if not lh or (not lh.get("running", True) and canv.getPageNumber() > 1):
            return
        canv.saveState()
        left, right = lh["left"], lh["right"]
        style = lh["style"]
        size = lh.get("size", 10)
        y = ph - lh.get("top_cm", 1.3) * cm
        right_edge = pw - mr
        if style == "right":
            canv.setFont(FB, size)
            canv.drawString(ml, y, left)
            canv.setFont(F, size)
            canv.drawRightString(right_edge, y, right)
        elif style == "plain":
            canv.setFont(F, size - 0.5)
            canv.drawString(ml, y, left + " | " + right)
        elif style == "stacked":
            canv.setFont(FB, size)
            canv.drawRightString(right_edge, y + size * 0.6, left)
            canv.setFont(F, size - 1)
            canv.drawRightString(right_edge, y - size * 0.6, right)
        elif style == "centered":
            canv.setFont(FB, size)
            canv.drawCentredString(pw / 2, y + size * 0.6, left)
            canv.setFont(F, size - 1)
            canv.drawCentredString(pw / 2, y - size * 0.6, right)
        else:  # rule
            canv.setFont(FB, size)
            canv.drawString(ml, y, left)
            w = pdfmetrics.stringWidth(left, FB, size)
            canv.setFont(F, size)
            canv.drawString(ml + w + 8, y, "|  " + right)
        if lh.get("line"):
            canv.setLineWidth(0.6)
            yl = y - (size * 1.3 if style in ("stacked", "centered") else size * 0.6)
            canv.line(ml, yl, right_edge, yl)
        canv.restoreState()

    def first_page(canv, _doc):
        letterhead(canv, _doc)
        canv.saveState()
        x = pw - mr - side["width_cm"] * cm + 0.6 * cm
        y = ph - mt - 0.3 * cm
        for style, text in side["top"]:
            canv.setFont(FB if style == "b" else F, side.get("size", 8.5))
            canv.drawString(x, y, text)
            y -= side.get("size", 8.5) * 1.3
        y = side.get("bottom_y_cm", 10.5) * cm
        for style, text in side["bottom"]:
            canv.setFont(FB if style == "b" else F, side.get("size", 8.5) - 0.5)
            canv.drawString(x, y, text)
            y -= (side.get("size", 8.5) - 0.5) * 1.3
        canv.restoreState()

    class NumberedCanvas(rlcanvas.Canvas):
        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                if pl and not (pl.get("skip_first") and self._pageNumber == 1):
                    s = pl["fmt"].format(n=self._pageNumber, N=total)
                    self.setFont(F, 9)
                    pos = pl.get("pos", "bottom_center")
                    if pos == "top_right":
                        self.drawRightString(pw - mr, ph - 2.0 * cm, s)
                    elif pos == "bottom_right":
                        self.drawRightString(pw - mr, 1.1 * cm, s)
                    else:
                        self.drawCentredString(pw / 2, 1.1 * cm, s)
                super().showPage()
            super().save()

    dt = BaseDocTemplate(path, pagesize=pagesize, leftMargin=ml, rightMargin=mr, topMargin=mt,
                         bottomMargin=mb, title=doc.get("pdf_title", ""), author="Københavns Kommune",
                         creator="scripts/make_family.py")
    if side:
        f1 = Frame(ml, mb, fw_first, ph - mt - mb, id="first")
        f2 = Frame(ml, mb, fw, ph - mt - mb, id="later")
        dt.addPageTemplates([PageTemplate("first", [f1], onPage=first_page),
                             PageTemplate("later", [f2], onPage=letterhead)])
    else:
        f = Frame(ml, mb, fw, ph - mt - mb, id="body")
        dt.addPageTemplates([PageTemplate("all", [f], onPage=letterhead)])
    dt.build(story, canvasmaker=NumberedCanvas)
