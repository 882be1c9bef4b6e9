#!/usr/bin/python3
"""Generates clean non-Danish documents that `--repair auto` must leave alone.

    /usr/bin/python3 scripts/make_foreign_fixtures.py   # writes tests/fixtures/foreign/

English and German reports with tables (as PDF, with DejaVu Sans, and as
plain text) and a Hebrew text: clean text in languages whose short words
look like Danish words misread by OCR ("be" -> "bæ", "or" -> "ør",
"Netherlands" -> "Nethærlands", "3rd" -> "ård" happened on public English
PDFs). tests/repair/foreign_text_test.cpp asserts that none of them gets a
single correction. The output is committed and deterministic (reportlab's
invariant mode), so a rerun without changes leaves git clean.
"""

import os

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Spacer

from fixture_pdf import BOLD, REGULAR, REPO, build, register_fonts, table

OUT = os.path.join(REPO, "tests", "fixtures", "foreign")

ENGLISH_REPORT = {
    "title": "Annual report 2019: regional development programme",
    "paragraphs": [
        "This report sets out the results of the regional development programme for 2019. "
        "The programme is run by the Department of Economic Affairs, and its targets are to be "
        "met by the end of the 3rd quarter of 2020. Where a target could not be met, the reason "
        "is given below, or the target has been moved to the next year.",
        "Funding was provided by the Netherlands, Belgium and Denmark. Each partner will be "
        "asked to confirm its share for the 2nd and 3rd phases, and the board will meet in "
        "Amsterdam or Brussels to agree the final budget. Results are to be reported to the "
        "steering group at least twice a year.",
        "The programme has three aims: to raise employment in rural areas, to help small firms "
        "grow, and to improve access to training. Most of the work was done by local "
        "partners, who were able to reach more people than planned. Some projects were "
        "delayed by the weather or by late payments, but none was cancelled.",
    ],
    "table_caption": "Table 1. Funding by partner (EUR thousand)",
    "table": [
        ["Partner", "2018", "2019", "Target 2020"],
        ["Netherlands", "1,250", "1,400", "1,500"],
        ["Belgium", "830", "910", "1,000"],
        ["Denmark", "640", "700", "750"],
        ["Total", "2,720", "3,010", "3,250"],
    ],
    "after": [
        "The 3rd column shows what each partner has agreed to pay. Figures for 2020 may be "
        "revised when the accounts are closed. For more details see the annex, or contact the "
        "programme office by mail or phone.",
    ],
}

ENGLISH_BUDGET = {
    "title": "Budget statement: schools and libraries",
    "paragraphs": [
        "The council will be asked to approve the budget for schools and libraries at its "
        "meeting on 14 March. The budget must be balanced, so any new spending has to be "
        "matched by savings or by new income. Head teachers were consulted in January.",
        "Spending on books and digital services rose by 4 per cent. The main library will "
        "be open on Sundays from April, and two branch libraries will share one manager. "
        "Staff costs are the largest item, followed by buildings and energy.",
    ],
    "table_caption": "Table 2. Net spending by service (GBP)",
    "table": [
        ["Service", "Budget 2021", "Forecast 2021", "Budget 2022"],
        ["Primary schools", "12,400,000", "12,650,000", "12,900,000"],
        ["Secondary schools", "15,100,000", "15,300,000", "15,800,000"],
        ["Libraries", "2,300,000", "2,280,000", "2,350,000"],
        ["School transport", "1,150,000", "1,210,000", "1,250,000"],
    ],
    "after": [
        "Transport costs are higher than planned because fuel prices rose during the year. "
        "The forecast for libraries is lower because one branch was closed for repairs for "
        "three months. Any underspend will be carried forward to the next year.",
    ],
}

GERMAN_REPORT = {
    "title": "Jahresbericht 2020: Maßnahmen für Schulen und Kindergärten",
    "paragraphs": [
        "Dieser Bericht fasst die Ergebnisse der Maßnahmen für Schulen und Kindergärten im "
        "Jahr 2020 zusammen. Die Ziele wurden vom Stadtrat im Frühjahr beschlossen und sollen "
        "bis Ende 2021 erreicht werden. Wo ein Ziel nicht erreicht wurde, wird der Grund "
        "genannt, oder das Ziel wird in das nächste Jahr übertragen.",
        "Die Kosten für Personal und Gebäude sind gestiegen. Die Stadt hat deshalb mehr Geld "
        "für die Sanierung der Schulen bereitgestellt. Alle Kindergärten sollen bis zum "
        "Sommer neue Spielplätze erhalten, und die Ganztagsbetreuung wird ausgebaut.",
    ],
    "table_caption": "Tabelle 1. Ausgaben nach Bereich (Euro)",
    "table": [
        ["Bereich", "Ist 2019", "Plan 2020", "Ziel 2021"],
        ["Grundschulen", "4.200.000", "4.350.000", "4.500.000"],
        ["Kindergärten", "3.100.000", "3.250.000", "3.400.000"],
        ["Schulsanierung", "1.800.000", "2.400.000", "2.600.000"],
        ["Ganztagsbetreuung", "950.000", "1.100.000", "1.300.000"],
    ],
    "after": [
        "Die Zahlen für 2021 sind vorläufig und werden nach dem Abschluss des Haushalts "
        "angepasst. Weitere Angaben stehen im Anhang oder können beim Schulamt erfragt werden.",
    ],
}

HEBREW_TEXT = (
    "דוח שנתי 2020: תוכנית לפיתוח אזורי\n\n"
    "דוח זה מציג את תוצאות התוכנית לפיתוח אזורי בשנת 2020. התוכנית מופעלת על ידי משרד "
    "הכלכלה, ויעדיה צריכים להתקיים עד סוף הרבעון השלישי של 2021. כאשר יעד לא הושג, הסיבה "
    "מפורטת להלן, או שהיעד הועבר לשנה הבאה.\n\n"
    "המימון הגיע מהעירייה, מהממשלה ומקרנות פרטיות. כל שותף יתבקש לאשר את חלקו בשלב השני "
    "והשלישי, וההנהלה תיפגש כדי לאשר את התקציב הסופי. התוצאות ידווחו לוועדת ההיגוי "
    "לפחות פעמיים בשנה.\n\n"
    "שותף\t2019\t2020\tיעד 2021\n"
    "עירייה\t1,250\t1,400\t1,500\n"
    "ממשלה\t830\t910\t1,000\n"
    "קרנות\t640\t700\t750\n"
)


def as_text(doc):
    parts = [doc["title"], ""]
    for paragraph in doc["paragraphs"]:
        parts += [paragraph, ""]
    parts += [doc["table_caption"], ""]
    parts += ["\t".join(row) for row in doc["table"]]
    parts.append("")
    for paragraph in doc["after"]:
        parts += [paragraph, ""]
    return "\n".join(parts)


def as_pdf(doc, path):
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13, spaceAfter=6)
    title = ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=14, leading=18,
                           spaceAfter=10)
    story = [Paragraph(doc["title"], title)]
    story += [Paragraph(p, body) for p in doc["paragraphs"]]
    story += [Spacer(1, 6), Paragraph(doc["table_caption"], body)]
    figures = table(doc["table"], style=[
        ("FONT", (0, 0), (-1, -1), REGULAR, 9),
        ("FONT", (0, 0), (-1, 0), BOLD, 9),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
    ], align="LEFT")
    story += [figures, Spacer(1, 10)]
    story += [Paragraph(p, body) for p in doc["after"]]
    build(path, story, doc["title"], "bilag fixtures", pagesize=A4, side=2.5, top_bottom=2.5,
          creator="bilag fixtures")


def main():
    register_fonts()
    os.makedirs(OUT, exist_ok=True)
    docs = {"english_report": ENGLISH_REPORT, "english_budget": ENGLISH_BUDGET,
            "german_report": GERMAN_REPORT}
    for name, doc in docs.items():
        with open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8") as out:
            out.write(as_text(doc))
        as_pdf(doc, os.path.join(OUT, name + ".pdf"))
    with open(os.path.join(OUT, "hebrew_report.txt"), "w", encoding="utf-8") as out:
        out.write(HEBREW_TEXT)


if __name__ == "__main__":
    main()
