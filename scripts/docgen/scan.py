"""Image-only scan of a born-digital PDF: every page rendered with pdftoppm,
turned, blurred and noised with ImageMagick, saved as grey JPEG or 1-bit PNG
and put back together with img2pdf.  No text layer.  Deterministic for a
given seed (ImageMagick -seed, img2pdf's internal engine without dates)."""
import glob
import os
import random
import re
import subprocess
import tempfile

DEFAULTS = {"dpi": 200, "angle": 0.5, "quality": 75, "mode": "grey", "background": None,
            "blur": 0.6, "noise": 0.2, "threshold": 58}


def run(cmd, **kw):
    subprocess.run(cmd, check=True, **kw)


def make_scan(pdf, out, seed, opts=None):
    """opts: dpi, angle (degrees, the sign is drawn per page and the size varies by +-20 %),
    quality (JPEG), mode "grey" | "bilevel", background (grey level of the paper 0-1 or None),
    blur (sigma in pixels), noise (attenuate for Gaussian noise), threshold (percent, bilevel)"""
    o = dict(DEFAULTS)
    o.update(opts or {})
    rng = random.Random(seed)
    dpi = str(o["dpi"])
    with tempfile.TemporaryDirectory() as td:
        run(["pdftoppm", "-r", dpi, "-gray", pdf, os.path.join(td, "p")])
        pages = sorted(glob.glob(os.path.join(td, "p-*.pgm")),
                       key=lambda p: int(re.search(r"-(\d+)\.pgm$", p).group(1)))
        imgs = []
        for i, p in enumerate(pages):
            angle = o["angle"] * rng.uniform(0.8, 1.2) * rng.choice([-1, 1])
            cmd = ["convert", "-seed", str(seed % 100000 * 100 + i), p,
                   "-background", "white", "-distort", "SRT", f"{angle:.2f}",
                   "-blur", f"0x{o['blur']}", "-attenuate", str(o["noise"]), "+noise", "Gaussian"]
            if o["mode"] == "bilevel":
                img = p[:-4] + ".png"
                cmd += ["-threshold", f"{o['threshold']}%", "-type", "bilevel", "-depth", "1",
                        "-units", "PixelsPerInch", "-density", dpi,
                        "-define", "png:exclude-chunks=date,time,tEXt,zTXt,iTXt", img]
            else:
                img = p[:-4] + ".jpg"
                if o["background"] is not None:
                    cmd += ["+level", f"0%,{int(o['background'] * 100)}%"]
                else:
                    cmd += ["-level", "4%,96%"]
                cmd += ["-quality", str(o["quality"]), "-units", "PixelsPerInch", "-density", dpi,
                        "-strip", img]
            run(cmd)
            imgs.append(os.path.basename(img))
        # the internal engine without dates writes the same bytes for the same images (pikepdf adds a random /ID)
        run(["img2pdf", "--engine", "internal", "--nodate", "-o", os.path.abspath(out)] + imgs, cwd=td)
