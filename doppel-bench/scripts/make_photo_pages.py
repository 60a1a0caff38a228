#!/usr/bin/python3
"""Saved news pages with pictures beside them, for measuring what photos cost the standing index and the
Spark job (docs/scale.md, docs/benchmarks.md). Each page is a text of a generated corpus (gen_corpus.py
output: flat .txt files, title on the first line) as HTML with two figures after its first paragraph:
page i shows photo i mod P of --photos (so pages i, i+P, i+2P, ... share it: resized, mirrored, cut to
its centre 80 %, in turn) and photo (7i+3) mod P re-encoded, each with a caption and a credit line.
--no-pictures writes the same pages without the picture files (the figures then point at nothing),
the baseline a picture's cost is measured against.

  /usr/bin/python3 doppel-bench/scripts/make_photo_pages.py --texts /tmp/data/g20k-s7 --photos ../shared/data/photos-dev \
      --pages 1000 --out /tmp/photoidx-pages1k [--no-pictures]
"""
import argparse
import html
import os
import random

from PIL import Image, ImageOps


def edited(image, kind, rng):
    if kind == 0:
        scale = rng.uniform(0.5, 0.9)
        return image.resize((max(1, int(image.width * scale)), max(1, int(image.height * scale))))
    if kind == 1:
        return ImageOps.mirror(image)
    w, h = image.size
    return image.crop((int(w * 0.1), int(h * 0.1), int(w * 0.9), int(h * 0.9)))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--texts", required=True)
    parser.add_argument("--photos", required=True)
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--out", required=True)
    parser.add_argument("--no-pictures", action="store_true")
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    texts = sorted(f for f in os.listdir(args.texts) if f.endswith(".txt"))[: args.pages]
    photos = sorted(f for f in os.listdir(args.photos) if f.lower().endswith(".jpg"))
    os.makedirs(args.out, exist_ok=True)
    for i, name in enumerate(texts):
        with open(os.path.join(args.texts, name), encoding="utf-8") as f:
            lines = f.read().strip().split("\n")
        title, body = lines[0], "\n".join(lines[1:])
        paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()] or [body]
        stem = name[:-4]
        shared = photos[i % len(photos)]
        own = photos[(7 * i + 3) % len(photos)]
        figures = []
        for k, (photo, kind) in enumerate([(shared, (i // len(photos)) % 3), (own, 0)]):
            picture = f"{stem}-{k}.jpg"
            if not args.no_pictures:
                with Image.open(os.path.join(args.photos, photo)) as image:
                    edited(image.convert("RGB"), kind, rng).save(os.path.join(args.out, picture), quality=rng.choice([70, 85, 92]))
            credit = f"Photo: Staff {i % 37} / Agency {i % 5}"
            figures.append(f'<figure><img src="{picture}" alt=""><figcaption>Picture {k} of {html.escape(title)}. '
                           f'<span class="credit">{credit}</span></figcaption></figure>')
        page = ("<!doctype html><html><head><meta charset=\"utf-8\"><title>" + html.escape(title) + "</title></head><body><article><h1>"
                + html.escape(title) + "</h1><p>" + html.escape(paragraphs[0]) + "</p>" + "".join(figures)
                + "".join("<p>" + html.escape(p) + "</p>" for p in paragraphs[1:]) + "</article></body></html>\n")
        with open(os.path.join(args.out, stem + ".html"), "w", encoding="utf-8") as f:
            f.write(page)


if __name__ == "__main__":
    main()
