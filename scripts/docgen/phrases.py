"""Danish wording for the generated documents: committees, initiatives,
amounts, targets and distractor prose.  Every function that writes a number
that the gold scores returns the text together with its annotation, so the
wording and the answer cannot drift apart."""
import difflib

from .model import A, T, tx

COMMITTEES = [
    # (udvalg, forvaltning, short)
    ("Økonomiudvalget", "Økonomiforvaltningen", "ØKF"),
    ("Socialudvalget", "Socialforvaltningen", "SOF"),
    ("Børne- og Ungdomsudvalget", "Børne- og Ungdomsforvaltningen", "BUF"),
    ("Kultur- og Fritidsudvalget", "Kultur- og Fritidsforvaltningen", "KFF"),
    ("Sundheds- og Omsorgsudvalget", "Sundheds- og Omsorgsforvaltningen", "SUF"),
    ("Teknik- og Miljøudvalget", "Teknik- og Miljøforvaltningen", "TMF"),
    ("Beskæftigelses- og Integrationsudvalget", "Beskæftigelses- og Integrationsforvaltningen", "BIF"),
]

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]

ACTS = ["Lektiehjælp", "Mentorordning", "Sprogstimulering", "Jobmentorer", "Brobyggere", "Netværksgrupper",
        "Forældrekurser", "Sundhedsformidlere", "Idrætsmentorer", "Fritidsjobguider", "Praktikpladser",
        "Danskundervisning", "Opsøgende rådgivning", "Kulturpas", "Uddannelsesvejledning",
        "Forebyggende hjemmebesøg", "Klubtilbud", "Sprogcaféer", "Integrationsstillinger", "Foreningsguider",
        "Iværksætterkurser", "Virksomhedspraktik", "Familieklasser", "Motionshold", "Lederuddannelse",
        "Boligsocial helhedsplan", "Tolkebistand", "Kompetenceafklaring", "Ferieaktiviteter",
        "Frivillignetværk"]
GROUPS = [
    ("for tosprogede elever", "tosprogede elever"),
    ("for unge ledige", "unge ledige"),
    ("for nyankomne familier", "nyankomne familier"),
    ("for ældre med anden etnisk baggrund", "ældre med anden etnisk baggrund end dansk"),
    ("i udsatte byområder", "beboere i udsatte byområder"),
    ("for flygtninge og familiesammenførte", "flygtninge og familiesammenførte"),
    ("for kvinder uden for arbejdsmarkedet", "kvinder uden for arbejdsmarkedet"),
    ("på folkeskolerne", "elever i 3.-9. klasse"),
    ("i daginstitutionerne", "børn i daginstitutioner"),
    ("for etniske iværksættere", "iværksættere med anden etnisk baggrund end dansk"),
    ("i de almene boligområder", "beboere i almene boligafdelinger"),
    ("for medarbejdere med dansk som andetsprog", "medarbejdere med dansk som andetsprog"),
    ("på bibliotekerne", "borgere, der vil øve dansk"),
    ("for piger i foreningslivet", "piger mellem 10 og 16 år"),
    ("for tosprogede forældre", "forældre med anden etnisk baggrund end dansk"),
    ("i Tingbjerg og Husum", "beboere i Tingbjerg og Husum"),
    ("på Nørrebro", "unge på Nørrebro"),
    ("for langtidsledige indvandrere", "langtidsledige indvandrere og efterkommere"),
]
PARTNERS = ["de lokale boligselskaber", "DGI Storkøbenhavn", "sprogskolerne", "jobcentrene",
            "frivillige foreninger", "Region Hovedstaden", "erhvervsskolerne", "Dansk Flygtningehjælp",
            "Københavns Erhvervscenter", "bydelens lokaludvalg"]
PEOPLE_FIRST = ["Mette", "Kirsten", "Lars", "Ahmed", "Susanne", "Jens", "Fatima", "Henrik", "Birgitte",
                "Ole", "Nadia", "Peter", "Hanne", "Karim", "Louise"]
PEOPLE_LAST = ["Aagaard Nielsen", "Holm-Madsen", "Jensen", "Rasmussen", "El-Sayed", "Kristensen", "Thomsen",
               "Bach", "Sørensen", "Yilmaz", "Lund", "Dahl"]
STREETS = ["Bernstorffsgade 17", "Rådhuspladsen 1", "Gyldenløvesgade 15", "Njalsgade 13", "Sjælør Boulevard 135",
           "Islands Brygge 37", "Borups Allé 177", "Vesterbrogade 123"]
POSTAL = ["1592 København V", "1599 København V", "1600 København V", "2300 København S", "2450 København SV",
          "2200 København N"]
THEMES_UPPER = ["DAGTILBUD OG SKOLE", "BESKÆFTIGELSE", "MEDARBEJDERE", "SUNDHED OG FOREBYGGELSE",
                "FRITID OG FÆLLESSKAB", "BEDRE BORGERSERVICE", "INKLUSION VIA PARTNERSKABER",
                "UDDANNELSE OG TRIVSEL", "ALSIDIG BEBOERSAMMENSÆTNING", "KULTUR OG BIBLIOTEKER",
                "TIDLIG INDSATS OG SPROG", "DELTAGELSE I FORENINGSLIVET", "MANGFOLDIG ARBEJDSPLADS"]
THEMES_TITLE = ["Dagtilbud og skole", "Beskæftigelse", "Medarbejdere", "Sundhed og forebyggelse",
                "Fritid og fællesskab", "Alsidig beboersammensætning", "Uddannelse", "Etnisk ligestilling",
                "Bedre borgerservice", "Kultur og biblioteker"]


# --------------------------------------------------------------------------- numbers
def fmt_int(n, dots=True):
    s = str(int(n))
    if not dots or len(s) <= 3:
        return s
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return ".".join(out)


def fmt_num(v):
    """Danish number: 13,9 / 2.500"""
    if isinstance(v, float) and v != int(v):
        whole = int(v)
        frac = f"{v:.2f}".split(".")[1].rstrip("0")
        return fmt_int(whole) + "," + frac
    return fmt_int(int(v))


def norm(s):
    return " ".join("".join(ch if ch.isalnum() else " " for ch in s.casefold()).split())


def distinct(names, cand, limit=0.72):
    return all(difflib.SequenceMatcher(None, norm(cand), norm(n), autojunk=False).ratio() < limit
               for n in names)


# --------------------------------------------------------------------------- initiatives
def initiatives(d, n):
    """n initiatives: {name, group, act} with names far enough apart for the scorer's matching"""
    acts = d.rng.sample(ACTS, n)
    out, names = [], []
    for act in acts:
        for _ in range(20):
            g = d.any(GROUPS)
            name = f"{act} {g[0]}"
            if distinct(names, name) and g[1] not in [o["group"] for o in out]:
                break
        names.append(name)
        out.append({"name": name, "act": act, "group": g[1]})
    return out


def description(d, ini, sentences=1):
    group, partner = ini["group"], d.any(PARTNERS)
    pool = [
        f"{ini['act']} tilbydes {group} i samarbejde med {partner}.",
        f"Indsatsen retter sig mod {group} og gennemføres sammen med {partner}.",
        "Tilbuddet er åbent to eftermiddage om ugen og bemandes af faste medarbejdere og frivillige.",
        "Deltagerne får tilknyttet en fast kontaktperson, og forløbet tilpasses den enkeltes behov.",
        f"Erfaringerne fra de første år viser, at en tæt kontakt til {partner} er afgørende.",
        f"Forløbene tilrettelægges i tæt dialog med {partner}, så tilbuddet passer til målgruppen.",
        f"Indsatsen skal bidrage til, at flere {group} bliver selvforsørgende eller tager en uddannelse.",
    ]
    return " ".join(d.rng.sample(pool, sentences))


# --------------------------------------------------------------------------- amounts
def _mio(d):
    return d.any([0.3, 0.4, 0.5, 0.6, 0.75, 0.8, 1, 1.1, 1.2, 1.25, 1.4, 1.5, 1.8, 2, 2.1, 2.4, 2.5, 3, 3.2,
                  3.6, 4, 4.2, 5, 6.5])


def _thousand(d):
    return d.any([90, 120, 150, 175, 180, 200, 250, 275, 300, 350, 400, 450, 500, 600, 650, 750, 800, 900])


MIO_UNITS = ["mio. kr.", "mio. kr.", "mio. kr.", "mio.kr.", "mill. kr."]


def amount_phrase(d, years, form=None):
    """(text, [A]) for one money statement about the years `years` (the document's period)"""
    y = d.any(years)
    forms = ["mio_year", "mio_per_year", "kr_year", "ca_bare", "kr_prefix", "kr_per_year", "om_aaret",
             "period", "mio_noyear", "ca_mio", "two_years"]
    form = form or d.pick("amount_form", forms)
    mio_unit = d.pick("mio_unit", MIO_UNITS)
    m = _mio(d)
    k = _thousand(d) * 1000
    if form == "mio_year":
        return f"{fmt_num(float(m))} {mio_unit} i {y}", [A(m * 1e6, y)]
    if form in ("mio_per_year", "kr_per_year") and len(years) >= 2:
        n = d.num(2, min(3, len(years)))
        start = d.num(0, len(years) - n)
        ys = years[start:start + n]
        yl = ", ".join(map(str, ys[:-1])) + " og " + str(ys[-1])
        word = d.pick("per_year_word", ["årligt i", "årligt i", "om året i", "årligt for", "pr. år i"])
        val = m * 1e6 if form == "mio_per_year" else k
        amt = f"{fmt_num(float(m))} {mio_unit}" if form == "mio_per_year" else f"{fmt_int(k)} kr."
        return f"{amt} {word} {yl}", [A(val, yy, per_year=True) for yy in ys]
    if form == "kr_year" or form in ("mio_per_year", "kr_per_year"):
        return f"{fmt_int(k)} kr. i {y}", [A(k, y)]
    if form == "ca_bare":
        ca = d.pick("approx_word", ["Ca.", "ca.", "Cirka", "cirka"])
        return f"{ca} {fmt_int(k)} i {y}", [A(k, y, approximate=True)]
    if form == "kr_prefix":
        return f"kr. {fmt_int(k)} i {y}", [A(k, y)]
    if form == "om_aaret":
        ca = d.pick("approx_om_aaret", ["", "", "ca. "])
        return f"{ca}{fmt_int(k)} kr. om året", [A(k, None, approximate=bool(ca), per_year=True)]
    if form == "period":
        y1, y2 = years[0], years[-1] if len(years) > 1 else years[0] + 2
        return f"{fmt_num(float(m))} {mio_unit} i perioden {y1}-{y2}", [A(m * 1e6, None)]
    if form == "mio_noyear":
        return f"{fmt_num(float(m))} {mio_unit}", [A(m * 1e6, None)]
    if form == "ca_mio":
        ca = d.pick("approx_word", ["ca.", "cirka", "omkring"])
        return f"{ca} {fmt_num(float(m))} {mio_unit} i {y}", [A(m * 1e6, y, approximate=True)]
    # two_years
    if len(years) >= 2:
        y1, y2 = years[0], years[1]
        k2 = _thousand(d) * 1000
        return (f"{fmt_int(k)} kr. i {y1} og {fmt_int(k2)} kr. i {y2}", [A(k, y1), A(k2, y2)])
    return f"{fmt_int(k)} kr. i {y}", [A(k, y)]


def money_sentence(d, years, kind="field"):
    """tx for a whole money statement: a budget field value or a sentence in a description"""
    amt, amounts = amount_phrase(d, years)
    if kind == "field":
        wrap = d.pick("money_field_wrap", ["{a}", "{a}", "{a}", "{a} fra integrationspuljen", "{a} fra satspuljen",
                      "Der er afsat {a}", "{a} (driftsmidler)", "Puljemidler: {a}"])
    else:
        wrap = d.pick("money_sentence", ["Der er afsat {a} til indsatsen.", "Indsatsen finansieres med {a}.",
                      "Projektet har et budget på {a}.", "Budget: {a}.", "Indsatsen koster {a}.",
                      "Ordningen støttes med {a} fra en statslig pulje."])
    text = wrap.format(a=amt).replace("kr..", "kr.")
    if not text.startswith("kr. "):
        text = text[0].upper() + text[1:]
    return tx(text, amounts=amounts)


# --------------------------------------------------------------------------- targets
COUNT_T = [
    "{v} borgere deltager i forløbet",
    "Der gennemføres {v} forløb",
    "{v} medarbejdere gennemfører kurset",
    "{v} familier deltager",
    "Der etableres {v} netværksgrupper",
    "{v} unge får et fritidsjob",
    "{v} praktikpladser er besat",
    "{v} foreninger indgår et partnerskab",
    "{v} skoler tilbyder lektiehjælp",
    "{v} deltagere kommer i job eller uddannelse",
    "{v} ældre modtager et hjemmebesøg på eget sprog",
    "{v} frivillige er tilknyttet indsatsen",
]
PCT_T = [
    "{v} af deltagerne er i job eller uddannelse",
    "{v} af kursisterne består modultesten",
    "Andelen af medarbejdere med anden etnisk baggrund end dansk er {v}",
    "{v} af de unge gennemfører en ungdomsuddannelse",
    "{v} af forældrene deltager i forældremøderne",
    "Frafaldet blandt deltagerne er {v}",
    "{v} af deltagerne oplever, at deres dansk er blevet bedre",
    "{v} af de sprogvurderede børn har alderssvarende sprog ved skolestart",
]
PP_T = [
    "Ledigheden i målgruppen falder med {v}",
    "Overledigheden blandt indvandrere og efterkommere er {v}",
    "Fraværet blandt eleverne i målgruppen falder med {v}",
    "Forskellen i beskæftigelsesfrekvens mindskes med {v}",
]
NONQ = [
    "Der udarbejdes en ny strategi for indsatsen",
    "Samarbejdet med de lokale aktører styrkes",
    "At udarbejde resultatkrav til projektet",
    "Erfaringerne formidles til de øvrige forvaltninger",
    "Indsatsen forankres i den daglige drift",
    "Der gennemføres en ekstern evaluering",
]
PCT_FORMS = ["%", " %", " pct.", " procent", " pct."]
CMP_WORDS = {"at_least": ["mindst", "min.", "minimum"], "at_most": ["maksimalt", "højst"]}


def quantity(d, unit, cmp_p=0.35, small=False):
    """(value, text of value with unit/comparator, comparator) — the text is used inside a template"""
    if unit == "count":
        v = d.any([3, 4, 5, 6, 8, 10, 12, 15, 20, 24, 25, 30, 40, 50, 60, 75, 80, 90, 100, 120, 150, 200, 250,
                   300, 400, 500, 600, 1200, 2500])
        vt = fmt_int(v, dots=v < 1000 or d.pick("thousands_form", ["2.500", "2.500", "2500"]) == "2.500")
        if d.rng.random() < 0.05 and v < 50:
            vt = f"{v}-{v + d.num(1, 3)}"
    elif unit == "percent":
        v = d.any([5, 8, 10, 12, 15, 17, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95,
                   10.4, 13.9, 4.5, 62.5])
        vt = fmt_num(v) + d.pick("percent_form", PCT_FORMS)
    else:
        v = d.any([1, 2, 3, 4, 5, 6, 8, 10, 2.5])
        vt = fmt_num(v) + " procentpoint"
    comparator = None
    if d.rng.random() < cmp_p:
        comparator = d.any(["at_least", "at_least", "at_most"])
        vt = d.pick("comparator_word", CMP_WORDS[comparator]) + " " + vt
    return v, vt, comparator


def year_phrase(d, y):
    return d.pick("target_year_phrase", ["i {y}", "ultimo {y}", "ved udgangen af {y}", "inden udgangen af {y}",
                                         "frem mod {y}", "i løbet af {y}", "inden {y}"]).format(y=y)


def target(d, kind, unit=None, year_p=0.6, year_choices=None, lead_at=False, quant_p=0.85,
           cmp_p=0.35, wording=None):
    """tx of one target sentence of the given kind (None: the table column gives it).  With
    year_choices, the sentence states one of those years with probability year_p; the gold's year
    is what the text says (null when it says none).  wording (a dict) keeps one wording per unit
    across calls, e.g. for the cells of one results-table row."""
    if d.rng.random() > quant_p:
        s = d.pick("nonquantitative_target", NONQ)
        y = None
        if year_choices and d.rng.random() < year_p:
            y = d.any(year_choices)
            s += " " + year_phrase(d, y)
        return tx(s, target=T(kind, y, None, None, None))
    unit = unit or d.any(["count", "count", "percent", "percent", "percentage_points"])
    v, vt, comparator = quantity(d, unit, cmp_p)
    if wording is not None and unit in wording:
        tmpl = wording[unit]
    elif unit == "count":
        tmpl = d.pick("count_target_wording", COUNT_T)
    elif unit == "percent":
        tmpl = d.pick("percent_target_wording", PCT_T)
    else:
        tmpl = d.pick("points_target_wording", PP_T)
    if wording is not None:
        wording[unit] = tmpl
    s = tmpl.format(v=vt)
    y = None
    if year_choices and d.rng.random() < year_p:
        y = d.any(year_choices)
        s += " " + year_phrase(d, y)
    if lead_at:
        s = "At " + s[0].lower() + s[1:]
    else:
        s = s[0].upper() + s[1:]
    return tx(s, target=T(kind, y, v, unit, comparator))


def bare_cell(d, unit):
    """a short results-table cell: '74 %', '13,9 pct.', 'Mindst 30', '12 skoler'"""
    v, vt, comparator = quantity(d, unit, cmp_p=0.25)
    if unit == "count" and d.rng.random() < 0.5:
        vt += " " + d.pick("bare_cell_noun", ["deltagere", "forløb", "skoler", "borgere", "pladser"])
    return tx(vt[0].upper() + vt[1:], target=T(None, None, v, unit, comparator))


# --------------------------------------------------------------------------- distractors
def distractor(d, years, money=False):
    """a sentence with numbers that are neither targets nor (unless money=True) amounts"""
    y = d.any(years)
    pool = [
        f"I dag er {d.num(5, 40)} pct. af deltagerne i gang med en uddannelse.",
        f"I {y - 1} deltog {fmt_int(d.num(40, 2500))} borgere i forvaltningens tilbud.",
        f"Seneste opgørelse viser en ledighed på {d.num(5, 15)},{d.num(1, 9)} pct. i målgruppen.",
        f"Til sammenligning fik {d.num(20, 300)} borgere i målgruppen et tilbud i {y - 1}.",
        f"Ved udgangen af {y - 1} havde {d.num(8, 19)},{d.num(1, 9)} pct. af forvaltningens medarbejdere anden etnisk baggrund end dansk.",
        f"Der er i alt {fmt_int(d.num(1200, 9000))} medarbejdere i forvaltningen, hvoraf {d.num(150, 900)} har anden etnisk baggrund end dansk.",
        f"I skoleåret {y - 1}/{str(y)[2:]} var {d.num(20, 35)} pct. af eleverne tosprogede.",
        f"Kommunen havde pr. 1. januar {y} i alt {fmt_int(d.num(480, 620) * 1000)} indbyggere, heraf {d.num(15, 25)} pct. med anden etnisk baggrund end dansk.",
        f"Rapporten bygger på tal fra {d.num(3, 12)} centre og {d.num(20, 80)} institutioner.",
        f"Beskæftigelsesfrekvensen for indvandrere var {d.num(50, 62)},{d.num(1, 9)} % i {y - 1} mod {d.num(70, 78)} % for hele befolkningen.",
        f"Siden {y - 3} er antallet af deltagere steget fra {d.num(40, 90)} til {d.num(100, 250)}.",
    ]
    pool = [(f"distractor_{i}", x) for i, x in enumerate(pool)]
    if money:
        pool += [("distractor_money_frame", f"Udvalgets samlede ramme til integration er {fmt_num(float(_mio(d) * 4))} mio. kr. i {y}."),
                 ("distractor_money_comparison", f"Til sammenligning brugte forvaltningen {fmt_num(float(_mio(d)))} mio. kr. på tilsvarende aktiviteter i {y - 1}.")]
    key = d.pick("distractor", [k for k, _ in pool])
    return dict(pool)[key]


def status_text(d, years):
    y = d.any(years)
    pool = [
        f"I {y} blev {d.num(10, 60)} deltagere uddannet, og de nåede ca. {fmt_int(d.num(300, 2500))} borgere.",
        f"Der er pr. 1. {d.any(MONTHS)} etableret {d.num(2, 9)} grupper med i alt {d.num(30, 120)} faste deltagere.",
        f"{d.num(20, 90)} medarbejdere har påbegyndt forløbet, og de første {d.num(5, 19)} har bestået prøven.",
        f"Andelen var {d.num(3, 9)},{d.num(1, 9)} % i {y - 1}. Indsatsen evalueres i {d.any(MONTHS)} {y}.",
        f"Målet forventes nået inden årets udgang; {d.num(50, 95)} pct. af deltagerne er fortsat i forløbet.",
        f"Indsatsen starter 1. {d.any(MONTHS)} {y}.",
        f"Hallerne har haft i gennemsnit {d.num(50, 250)} besøgende pr. weekend.",
        "Indsatsen er forsinket, men forventes gennemført som planlagt.",
    ]
    return pool[d.pick("status_sentence", range(len(pool)))]


# --------------------------------------------------------------------------- document furniture
def person(d):
    return f"{d.any(PEOPLE_FIRST)} {d.any(PEOPLE_LAST)}"


def case_number(d, year):
    return d.any([f"{year}-{d.num(1000, 99999)}", f"{year}-{d.num(100000, 9999999):07d}"])


def date_of(d, year):
    m = d.num(1, 12)
    day = d.num(1, 28)
    return year, m, day


def date_text(d, ymd, name="date_form"):
    y, m, day = ymd
    form = d.pick(name, ["long", "dashed", "dato_long", "kbh_long", "dotted"])
    if form == "long":
        return f"{day}. {MONTHS[m - 1]} {y}"
    if form == "dashed":
        return f"{day:02d}-{m:02d}-{y}"
    if form == "dato_long":
        return f"Dato: {day}. {MONTHS[m - 1]} {y}"
    if form == "kbh_long":
        return f"København, den {day}. {MONTHS[m - 1]} {y}"
    return f"{day:02d}.{m:02d}.{y}"


def iso(ymd):
    y, m, day = ymd
    return f"{y:04d}-{m:02d}-{day:02d}"
