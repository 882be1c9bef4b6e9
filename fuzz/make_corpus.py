#!/usr/bin/python3
"""Writes the seed corpora of the fuzz targets into fuzz/corpus/<kind>/.

    /usr/bin/python3 fuzz/make_corpus.py [--seeds ../shared/seeds] [--devset ../shared/devset]

One corpus per kind of input (fuzz/run.sh says which target reads which):
text (text_ingest, normalise, explain), values, rules, pattern, pdf, image,
scan (scan_render).
The corpora are committed, so fuzzing a clean clone needs neither the seeds
nor reportlab; rerun this after changing it and commit the result. Inputs
are kept small (a few KB): libFuzzer mutates small inputs far faster, and
-max_len in fuzz/run.sh caps what it grows them to.

Sources: snippets of the seed documents and the development set's text
inputs, the shipped rules, and files generated here (other encodings, HTML,
markdown, uncompressed PDFs in the base-14 fonts, small images). Needs
python3-reportlab and ImageMagick (convert) from scripts/install-deps.sh.
"""

import argparse
import glob
import hashlib
import os
import re
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SNIPPET_BYTES = 3000


class Corpus:
    def __init__(self, target):
        self.dir = os.path.join(HERE, 'corpus', target)
        shutil.rmtree(self.dir, ignore_errors=True)
        os.makedirs(self.dir)

    def add(self, name, data):
        if isinstance(data, str):
            data = data.encode('utf-8')
        with open(os.path.join(self.dir, name), 'wb') as out:
            out.write(data)


def snippet(text, limit=SNIPPET_BYTES):
    """The first whole lines of `text` that fit in `limit` bytes."""
    out = []
    size = 0
    for line in text.splitlines(keepends=True):
        size += len(line.encode('utf-8'))
        if size > limit:
            break
        out.append(line)
    return ''.join(out)


def text_inputs(seeds, devset):
    files = sorted(glob.glob(os.path.join(seeds, '*.txt')))
    files += sorted(glob.glob(os.path.join(devset, 'inputs', '*.txt')))
    return {os.path.basename(f): open(f, encoding='utf-8').read() for f in files}


def generated_texts(sample):
    """Text the seeds do not show: other encodings, HTML, markdown, page marks."""
    return {
        'utf16le.txt': b'\xff\xfe' + sample.encode('utf-16-le'),
        'utf16be.txt': b'\xfe\xff' + sample.encode('utf-16-be'),
        'utf8bom.txt': b'\xef\xbb\xbf' + sample.encode('utf-8'),
        'cp1252.txt': sample.encode('cp1252', errors='replace') + b' \x96 \x93citat\x94\r\n',
        'nul_and_controls.txt': b'Bilag 1\x00\r\nM\xc3\xa5l\x0bResultat\x07 2010\r\n',
        'form_feed.txt': 'Side 1 af 2\nMål for 2010\n\fSide 2 af 2\nResultat 2011: 45 pct.\n',
        'markdown.txt': (
            '# Statusskema 2009\n\n## Økonomi\n\n'
            '| Indsats | Budget 2009 | Forbrug |\n|---|---:|---:|\n'
            '| **Mentorordning** | 2,5 mio. kr. | 1.800.000 kr. |\n'
            '| Jobcenter | 300 t.kr. | 250.000,- |\n\n'
            '* Mindst 150 etniske iværksættere i 2008\n- Øget beskæftigelse med 10 pct.\n'),
        'html_cells.txt': (
            'Mål\t<p><b>Målet er</b> at mindst 60 %</p><p>kommer i job</p>\n'
            'Økonomi\t<ul><li>2,5 mio. kr. årligt</li><li>R&amp;D&nbsp;&#248;&#xE6;</li></ul>\n'
            'Note\t<5 år <Navn> <br/>slut\n'),
        'html_document.html': (
            '<!DOCTYPE html><html><head><title>x</title><style>p{}</style></head><body>'
            '<h1>Resultater 2010-2012</h1><table><tr><th>Mål</th><th>Resultat</th></tr>'
            '<tr><td><p>Flere i job</p><p>i 2011</p></td><td>45 %</td></tr>'
            '<tr><td colspan="2"><table><tr><td>indre</td></tr></table></td></tr></table>'
            '<!-- kommentar --><script>var a = "<td>";</script><p>Side 1 af 1</p></body></html>'),
        'tabs_and_grid.txt': (
            'Indsats\tMål 2010\tResultat 2010\n'
            'Lektiecafé\tMindst 200 elever\t214 elever\n'
            'Kurser         300.000 kr.       250.000 kr.\n'
            'I alt          1.300.000         1.250.000\n'),
    }


def value_lines(texts):
    """Distinct lines that hold a digit or a value word, short ones first."""
    lines = set()
    for text in texts.values():
        for line in text.splitlines():
            line = line.strip()
            if 4 <= len(line) <= 200 and re.search(r'[0-9]|pct|procent|mio|kr\.', line):
                lines.add(line)
    extra = [
        'ca. 2,5 mio. kr. årligt for 2005, 2006 og 2007', '2.500 t.kr.', '(i 1000 kr.)',
        '1,2 mia. kr.', '12,50 kr.', '2-3 mio. kr.', '2 mio. euro', '250.000,-', 'DKK 1,5 mio.',
        'øges fra 6,2 pct. til 6,8 pct.', '10-15 pct.', '3 procentpoint', '50%-point',
        'mindst 150 etniske iværksættere i 2008', 'op til 30 deltagere', 'min. ét projekt',
        '21. april 2010', '31-02-2010', '2010-12-31', '1. januar', 'frem til 2014',
        'i perioden 2011-2014', '2013/2014', 'Se note 1', '(Se note 2)', 'EAN nummer 5798009683052',
        'tlf. 3317 3047', 'Side 2 af 4', '§ 5 stk. 2', '1 500 000 kr.', '−5', '99999999999999999999',
        '1.5000', '10.9', '3F 3-årige 1/3', '2) liste', '16.970',
    ]
    ordered = sorted(lines, key=lambda l: (len(l), l))[:300] + extra
    return {f'line_{i:03d}.txt': line for i, line in enumerate(ordered)}


def rule_files():
    out = {}
    for path in sorted(glob.glob(os.path.join(ROOT, 'rules', '*.toml'))):
        out[os.path.basename(path)] = open(path, encoding='utf-8').read()
    out['broken_syntax.toml'] = '[[field]]\nid = "x"\npattern = "(?P<v>unclosed\n'
    out['unknown_kind.toml'] = '[[fields]]\nid = "a"\n[[field]]\nid = 1\npattern = 2\n'
    out['bad_regex.toml'] = "[[field]]\nid = \"b\"\nfield = \"title\"\npattern = '(?<=x)a'\n"
    out['duplicate_id.toml'] = (
        '[[label]]\nid = "d"\npattern = "^Mål"\n[[label]]\nid = "d"\npattern = "^Mål"\n')
    return out


def patterns(rules, texts):
    """Each shipped pattern, with a line of Danish text to match it against."""
    found = []
    for text in rules.values():
        found += re.findall(r"""pattern\s*=\s*(?:'([^'\n]*)'|"((?:[^"\\\n]|\\.)*)")""", text)
    sample_lines = [l for t in texts.values() for l in t.splitlines() if l.strip()][:400]
    out = {}
    for i, (single, double) in enumerate(found):
        source = single or double.encode().decode('unicode_escape').encode('latin-1').decode('utf-8')
        out[f'pattern_{i:03d}.txt'] = source + '\n' + sample_lines[i % len(sample_lines)]
    return out


def pdfs(tmp):
    """Small uncompressed PDFs in Helvetica (no embedded font): a ruled table,
    a letter with a side column, a rotated page, two pages, an outline box."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    out = {}

    def make(name, pages, size=A4, rotate=0):
        path = os.path.join(tmp, name)
        c = canvas.Canvas(path, pagesize=size, pageCompression=0, invariant=1)
        c.setPageRotation(rotate)
        for draw in pages:
            draw(c)
            c.showPage()
        c.save()
        out[name] = open(path, 'rb').read()

    def table(c):
        c.setFont('Helvetica-Bold', 14)
        c.drawString(60, 790, 'Statusskema 2009 - Økonomi')
        c.setFont('Helvetica', 10)
        rows = [('Indsats', 'Budget 2009', 'Forbrug'), ('Mentorordning', '2,5 mio. kr.', '1.800.000'),
                ('Jobcenter', '300 t.kr.', '250.000'), ('I alt', '2.800.000', '2.050.000')]
        for i, row in enumerate(rows):
            y = 750 - 20 * i
            for j, cell in enumerate(row):
                c.drawString(65 + 150 * j, y, cell)
            c.line(60, y - 6, 510, y - 6)
        for x in (60, 210, 360, 510):
            c.line(x, 764, x, 684)

    def letter(c):
        c.setFont('Helvetica', 8)
        for i, line in enumerate(['Beskæftigelses- og', 'Integrationsforvaltningen', 'Tlf. 3317 3047']):
            c.drawString(450, 800 - 10 * i, line)
        c.setFont('Helvetica', 11)
        prose = ['Kære udvalg', '', 'Målet for 2010 er, at mindst 150 ledige kommer i beskæfti-',
                 'gelse. Resultatet blev 45 pct. i 2011 (se note 1).', 'Med venlig hilsen']
        for i, line in enumerate(prose):
            c.drawString(60, 740 - 16 * i, line)

    def second(c):
        c.setFont('Times-Roman', 12)
        c.drawString(60, 780, 'Side 2 af 2')
        c.drawString(60, 760, 'Resultat 2012: 1 500 000 kr. årligt')

    make('table.pdf', [table])
    make('letter.pdf', [letter, second])
    make('rotated.pdf', [table], size=landscape(A4), rotate=90)
    make('tiny_page.pdf', [second], size=(200, 120))
    for fixture in ('empty_pages.pdf', 'missing_page.pdf'):
        out[fixture] = open(os.path.join(ROOT, 'tests', 'fixtures', 'pdf', fixture), 'rb').read()
    return out


def scans(tmp):
    """Tiny scanned pages, one image each, in the encodings of
    scripts/make_scan_render_fixtures.py, at resolutions that fuzz_scan_render's
    150 dpi draws scaled up (60, 100 dpi), as stored (150) and down (300)."""
    import sys
    sys.path.insert(0, os.path.join(ROOT, 'scripts'))
    import make_scan_render_fixtures as scan
    from fixture_pdf import register_fonts
    from reportlab.lib.units import cm

    register_fonts()
    page = os.path.join(tmp, 'page.pdf')
    scan.make_page(page, (4 * cm, 2 * cm))
    at = {dpi: scan.scan_of(page, dpi, tmp) for dpi in (60, 100, 150, 300)}
    made = {
        'grey_flate_100.pdf': lambda path: scan.flate_image(path, at[100], 100),
        'grey_flate_60.pdf': lambda path: scan.flate_image(path, at[60], 60, predictor=False),
        'grey_flate_150.pdf': lambda path: scan.flate_image(path, at[150], 150),
        'grey_flate_300.pdf': lambda path: scan.flate_image(path, at[300], 300),
        'rgb_flate_100.pdf': lambda path: scan.flate_image(path, scan.tinted(at[100]), 100,
                                                           space='/DeviceRGB'),
        'grey_jpeg_100.pdf': lambda path: scan.jpeg_image(path, at[100], 100),
        'bilevel_flate_60.pdf': lambda path: scan.flate_image(
            path, at[60].point(lambda v: 255 if v >= 153 else 0).convert('1'), 60,
            predictor=False, bits=1),
        'text_over_scan_100.pdf': lambda path: scan.flate_image(
            path, at[100], 100, font=True,
            content_after=b'BT /F1 9 Tf 5 5 Td (Modtaget) Tj ET\n'),
    }
    out = {}
    for name, make in made.items():
        path = os.path.join(tmp, name)
        make(path)
        out[name] = open(path, 'rb').read()
    return out


def images(tmp):
    """Small images of every kind Leptonica is asked to read."""
    out = {}
    base = os.path.join(tmp, 'base.png')
    subprocess.run(['convert', '-size', '48x24', 'gradient:#ffe0c0-#a0c0ff', '-fill', 'black', '-draw',
                    'rectangle 4,4 40,6', '-draw', 'rectangle 4,12 30,18', '-depth', '8', base],
                   check=True)
    variants = {
        'gray.png': ['-colorspace', 'Gray'],
        'rgb.png': [],
        'rgb16.png': ['-depth', '16'],
        'rgba.png': ['-alpha', 'set', '-channel', 'A', '-evaluate', 'set', '50%'],
        'palette.png': ['-colors', '16', '-type', 'Palette'],
        'bilevel.png': ['-monochrome'],
        'gray.jpg': ['-colorspace', 'Gray', '-quality', '50'],
        'rgb.jpg': ['-quality', '50'],
        'g4.tiff': ['-monochrome', '-compress', 'Group4'],
        'lzw.tiff': ['-compress', 'LZW'],
        'plain.tiff': ['-compress', 'None', '-colorspace', 'Gray'],
    }
    # ImageMagick would write a palette PNG for so few colours.
    forced = {'rgb.png': 'PNG24:', 'rgb16.png': 'PNG48:', 'rgba.png': 'PNG32:'}
    for name, args in variants.items():
        path = os.path.join(tmp, name)
        subprocess.run(['convert', base] + args + ['-strip', forced.get(name, '') + path],
                       check=True)
        out[name] = open(path, 'rb').read()
    multi = os.path.join(tmp, 'frames.tiff')
    subprocess.run(['convert', base, base, base, '-compress', 'Group4', '-monochrome', '-strip',
                    multi], check=True)
    out['frames.tiff'] = open(multi, 'rb').read()
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--seeds', default=os.path.join(ROOT, '..', 'shared', 'seeds'))
    parser.add_argument('--devset', default=os.path.join(ROOT, '..', 'shared', 'devset'))
    args = parser.parse_args()

    texts = text_inputs(args.seeds, args.devset)
    generated = generated_texts(snippet(texts[sorted(texts)[1]], 600))
    corpus = Corpus('text')
    for name, text in texts.items():
        corpus.add(name, snippet(text))
    for name, data in generated.items():
        corpus.add(name, data)

    corpus = Corpus('values')
    for name, line in value_lines(texts).items():
        corpus.add(name, line)

    rules = rule_files()
    corpus = Corpus('rules')
    for name, text in rules.items():
        corpus.add(name, text)
    corpus = Corpus('pattern')
    for name, text in patterns(rules, texts).items():
        corpus.add(name, text)

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Corpus('pdf')
        for name, data in pdfs(tmp).items():
            corpus.add(name, data)
        corpus = Corpus('image')
        for name, data in images(tmp).items():
            corpus.add(name, data)
        corpus = Corpus('scan')
        for name, data in scans(tmp).items():
            corpus.add(name, data)


if __name__ == '__main__':
    main()
