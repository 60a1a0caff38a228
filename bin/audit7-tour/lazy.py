#!/usr/bin/env python3
"""Two unrelated articles of two sites whose figures hold a 1x1 lazy-loading placeholder (the real picture in data-src).
Needs /tmp/audit7/ph (Img.java) and site.py's stories beside it.  python3 lazy.py /tmp/audit7/lazy"""
import os, shutil, sys
out = sys.argv[1]
ph = '/tmp/audit7/ph'
ns = {}
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'site.py')).read().split("photos =")[0].replace("import os, shutil, sys", ""), ns)
st = ns['stories']
for d, (t, b), img, real, src in [('siteA', st[0], 'blank.gif', 'ferry.jpg', 'orig.jpg'), ('siteB', st[2], 'spacer.gif', 'violin.jpg', 'unrelated.jpg')]:
    os.makedirs(os.path.join(out, d), exist_ok=True)
    shutil.copy(os.path.join(ph, 'pixel.gif'), os.path.join(out, d, img))
    shutil.copy(os.path.join(ph, src), os.path.join(out, d, real))
    with open(os.path.join(out, d, 'index.html'), 'w') as f:
        f.write(f'<html><head><title>{t}</title></head><body><article><h1>{t}</h1><figure><img src="{img}" data-src="{real}" class="lazyload">'
                f'<figcaption>The scene on Monday. Photo: Staff</figcaption></figure>' + ''.join(f'<p>{s}.</p>' for s in b.split('. ')) + '</article></body></html>')
