#!/usr/bin/python3
"""Builds the photo-reuse development set for `doppel photos` and `doppel bench-photos`.

Usage:
  /usr/bin/python3 doppel-bench/scripts/make_photo_set.py --photos ../shared/data/photos-dev \
      [--negatives DIR ...] --out /tmp/photo-set [--seed 16]

The originals (every .jpg under --photos) are split once, at random with the seed, into halves:
`fit` (thresholds are chosen on these only) and `validation` (scored at the end). Every original gets
one copy per edit kind below, each saved under an opaque name (images/cNNNNN.EXT) so that a name says
nothing about its original. Pictures under --negatives (e.g. Debian wallpapers) are scaled to at most
640 px and added as unrelated photos with no copies. Writes:
  images/            originals (oNNNN.jpg), copies (cNNNNN.*) and negatives (nNNNN.jpg)
  truth.jsonl        {"a": original, "b": copy, "edit": kind, "split": "fit"|"validation"} per copy
  groups.json        {image: group}: two images show the same photo when their groups are equal
  README.md          how the set was made (copied from this docstring and the EDITS table)
Needs Pillow with WebP and FreeType (Debian's python3-pil).
"""
import argparse
import io
import json
import os
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageEnhance, ImageFont, ImageOps

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CAPTION_WORDS = ("police officials minister crowd river station summer storm market village "
                 "players coach council protest festival harbour election bridge").split()

EDITS = {
    "resize": "scaled to 30-55 % of its size (Lanczos)",
    "jpeg20": "re-encoded as JPEG quality 20",
    "colour": "brightness, contrast and saturation each changed by 0.6-1.4 (at least one by >= 0.2)",
    "greyscale": "converted to grey levels",
    "overlay": "an 'EXCLUSIVE' banner across a corner or top, or a translucent logo/watermark text",
    "rotate": "rotated by 1-4 degrees either way, canvas kept or expanded, corners filled white or black",
    "png": "saved as PNG",
    "webp": "saved as WebP quality 75",
    "mirror": "flipped left to right",
    "caption": "a caption band of 8-22 % of the height added below (or above, 1 in 4), dark or light, with text",
    "crop80": "centre crop to 80 % of width and height",
    "side30": "30 % of the width or height cut from one side",
}


def font(size):
    return ImageFont.truetype(FONT, max(8, int(size)))


def caption_text(rnd):
    return " ".join(rnd.choice(CAPTION_WORDS) for _ in range(rnd.randint(4, 9))).capitalize() + \
        ". Photo: " + rnd.choice(["A. Smith", "J. Doe", "K. Lee"]) + " / " + rnd.choice(["AFP", "Reuters", "AP"])


def edit(img, kind, rnd):
    w, h = img.size
    if kind == "resize":
        s = rnd.uniform(0.30, 0.55)
        return img.resize((max(1, round(w * s)), max(1, round(h * s))), Image.LANCZOS), "jpg", 85
    if kind == "jpeg20":
        return img, "jpg", 20
    if kind == "colour":
        factors = [rnd.uniform(0.6, 1.4) for _ in range(3)]
        if all(abs(f - 1) < 0.2 for f in factors):
            factors[rnd.randrange(3)] = rnd.choice([0.7, 1.3])
        out = ImageEnhance.Brightness(img).enhance(factors[0])
        out = ImageEnhance.Contrast(out).enhance(factors[1])
        return ImageEnhance.Color(out).enhance(factors[2]), "jpg", 85
    if kind == "greyscale":
        return ImageOps.grayscale(img).convert("RGB"), "jpg", 85
    if kind == "overlay":
        out = img.copy().convert("RGBA")
        layer = Image.new("RGBA", out.size, (0, 0, 0, 0))
        d = ImageDraw.Draw(layer)
        if rnd.random() < 0.5:
            bh = int(h * rnd.uniform(0.08, 0.14))
            y = 0 if rnd.random() < 0.5 else int(h * rnd.uniform(0.05, 0.3))
            d.rectangle([0, y, w, y + bh], fill=(200, 0, 0, 235))
            d.text((w * 0.05, y + bh * 0.15), "EXCLUSIVE", font=font(bh * 0.7), fill=(255, 255, 255, 255))
        else:
            size = h * rnd.uniform(0.06, 0.1)
            text = rnd.choice(["© NEWSDAILY", "WORLD WIRE", "the-herald.com"])
            x, y = w * rnd.uniform(0.05, 0.4), h * rnd.uniform(0.1, 0.8)
            d.text((x, y), text, font=font(size), fill=(255, 255, 255, rnd.randint(110, 170)))
            d.ellipse([w * 0.8, h * 0.04, w * 0.95, w * 0.15 + h * 0.04], fill=(20, 60, 160, 200))
        return Image.alpha_composite(out, layer).convert("RGB"), "jpg", 85
    if kind == "rotate":
        angle = rnd.uniform(1, 4) * rnd.choice([-1, 1])
        fill = rnd.choice([(255, 255, 255), (0, 0, 0)])
        return img.rotate(angle, Image.BICUBIC, expand=rnd.random() < 0.5, fillcolor=fill), "jpg", 85
    if kind == "png":
        return img, "png", None
    if kind == "webp":
        return img, "webp", 75
    if kind == "mirror":
        return ImageOps.mirror(img), "jpg", 85
    if kind == "caption":
        bh = int(h * rnd.uniform(0.08, 0.22))
        dark = rnd.random() < 0.6
        bg = tuple(rnd.randint(0, 50) for _ in range(3)) if dark else tuple(rnd.randint(215, 255) for _ in range(3))
        fg = (240, 240, 240) if dark else (20, 20, 20)
        out = Image.new("RGB", (w, h + bh), bg)
        top = rnd.random() < 0.25
        out.paste(img, (0, bh if top else 0))
        d = ImageDraw.Draw(out)
        size = min(bh * 0.3, w / 28)
        d.text((w * 0.03, (0 if top else h) + bh * 0.2), caption_text(rnd), font=font(size), fill=fg)
        return out, "jpg", 85
    if kind == "crop80":
        cw, ch = round(w * 0.8), round(h * 0.8)
        x, y = (w - cw) // 2, (h - ch) // 2
        return img.crop((x, y, x + cw, y + ch)), "jpg", 85
    if kind == "side30":
        side = rnd.choice(["left", "right", "top", "bottom"])
        cw, ch = round(w * 0.7), round(h * 0.7)
        box = {"left": (w - cw, 0, w, h), "right": (0, 0, cw, h), "top": (0, h - ch, w, h), "bottom": (0, 0, w, ch)}[side]
        return img.crop(box), "jpg", 85
    raise ValueError(kind)


def save(img, path, fmt, quality):
    if fmt == "jpg":
        img.convert("RGB").save(path, "JPEG", quality=quality)
    elif fmt == "png":
        img.save(path, "PNG")
    else:
        img.save(path, "WEBP", quality=quality)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--photos", required=True)
    ap.add_argument("--negatives", nargs="*", default=[])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=16)
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    out = Path(args.out)
    (out / "images").mkdir(parents=True, exist_ok=True)
    originals = sorted(p for p in Path(args.photos).iterdir() if p.suffix.lower() == ".jpg")
    order = originals[:]
    rnd.shuffle(order)
    fit = set(order[: len(order) // 2])
    groups, truth, copy_jobs = {}, [], []
    for i, src in enumerate(originals):
        oid = f"o{i:04d}.jpg"
        Image.open(src).convert("RGB").save(out / "images" / oid, "JPEG", quality=92)
        groups[oid] = oid
        for kind in EDITS:
            copy_jobs.append((oid, src, kind, "fit" if src in fit else "validation"))
    rnd.shuffle(copy_jobs)
    for n, (oid, src, kind, split) in enumerate(copy_jobs):
        img, fmt, quality = edit(Image.open(src).convert("RGB"), kind, rnd)
        cid = f"c{n:05d}.{fmt}"
        save(img, out / "images" / cid, fmt, quality)
        groups[cid] = oid
        truth.append({"a": oid, "b": cid, "edit": kind, "split": split})
    negatives = []
    for folder in args.negatives:
        negatives += sorted(p for p in Path(folder).rglob("*") if p.suffix.lower() in (".jpg", ".jpeg", ".png", ".webp"))
    for i, src in enumerate(negatives):
        img = Image.open(src).convert("RGB")
        img.thumbnail((640, 640), Image.LANCZOS)
        nid = f"n{i:04d}.jpg"
        img.save(out / "images" / nid, "JPEG", quality=88)
        groups[nid] = nid
    truth.sort(key=lambda t: (t["a"], t["edit"]))
    with open(out / "truth.jsonl", "w") as f:
        for t in truth:
            f.write(json.dumps(t) + "\n")
    with open(out / "groups.json", "w") as f:
        json.dump(groups, f, indent=0, sort_keys=True)
    with open(out / "README.md", "w") as f:
        f.write("# Photo-reuse development set\n\n" + __doc__ + "\n\nEdits (one copy of each original per kind, seed "
                f"{args.seed}):\n\n" + "".join(f"- `{k}`: {v}\n" for k, v in EDITS.items()) +
                f"\n{len(originals)} originals ({len(fit)} fit), {len(truth)} copies, {len(negatives)} negatives.\n")
    print(f"{len(originals)} originals ({len(fit)} fit), {len(truth)} copies, {len(negatives)} negatives -> {out}")


if __name__ == "__main__":
    main()
