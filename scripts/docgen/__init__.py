"""Shared pieces of the document generators in scripts/ (see scripts/make_family.py).

  draw.py      Draw: a seeded random source that records every named choice it makes
  fonts.py     the Debian fonts the generators use, with fallbacks when a package is missing
  scan.py      image-only "scan" of a PDF (pdftoppm, ImageMagick, img2pdf)
  model.py     the annotation helpers (A, T, tx) and the gold built from a document description
  render.py    reportlab rendering of a document description
  phrases.py   Danish wording: committees, initiatives, amounts, targets, distractor prose
  families.py  one generator per document family
"""
