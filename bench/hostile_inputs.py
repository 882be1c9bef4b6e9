#!/usr/bin/python3
"""Writes the inputs that bench/linear_time.sh and bench/peak_memory.sh double.

    bench/hostile_inputs.py numbers N OUT      one line of N "1.000.000" tokens
    bench/hostile_inputs.py tabwords N OUT     one line: a cell, a tab, N words
    bench/hostile_inputs.py pages N OUT        N pages (form feeds) of prose and a table
    bench/hostile_inputs.py longline MB OUT    one line of MB megabytes of words and amounts
    bench/hostile_inputs.py prose MB OUT       MB megabytes of pages of prose and tables

Deterministic: the same arguments give the same bytes.
"""

import sys

SENTENCES = [
    "Kommunen har i 2012 afsat 2,5 mio. kr. til indsatsen for ledige unge.",
    "Målet er, at 75 pct. af eleverne gennemfører en ungdomsuddannelse inden 2015.",
    "Der er ansat 5 rådgivere, og udgifterne steg med 120.000 kr. i forhold til 2011.",
    "Resultatkravet for 2013 er nået, og forvaltningen følger op på de øvrige mål.",
    "Budgettet for området udgør 14.300 t.kr., heraf 3.100 t.kr. til drift af skoler.",
    "Udvalget behandler sagen på mødet den 14. marts og orienterer Borgerrepræsentationen.",
]

TABLE = [
    "Område\tBudget 2012\tRegnskab 2012\tBudget 2013",
    "Skoler\t12.400\t12.650\t12.900",
    "Dagtilbud\t8.300\t8.280\t8.350",
    "Ældre\t15.100\t15.300\t15.800",
]


def page(number):
    lines = [f"Status for indsatser, side {number}", ""]
    for k in range(8):
        lines.append(" ".join(SENTENCES[(number + k + j) % len(SENTENCES)] for j in range(3)))
        lines.append("")
    lines += TABLE
    lines.append("")
    return "\n".join(lines) + "\n"


def pages_text(count):
    return "\f".join(page(n + 1) for n in range(count))


def main():
    kind, size, out = sys.argv[1], float(sys.argv[2]), sys.argv[3]
    if kind == "numbers":
        text = " ".join(["1.000.000"] * int(size)) + "\n"
    elif kind == "tabwords":
        text = "Indsats\t" + " ".join(["ord"] * int(size)) + "\n"
    elif kind == "pages":
        text = pages_text(int(size))
    elif kind == "longline":
        unit = " ".join(SENTENCES) + " "
        text = unit * int(size * 1e6 / len(unit.encode())) + "\n"
    elif kind == "prose":
        one = page(1)
        count = int(size * 1e6 / len(one.encode()))
        text = pages_text(count)
    else:
        sys.exit(f"unknown kind {kind}")
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
