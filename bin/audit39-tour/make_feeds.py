#!/usr/bin/env python3
"""Writes a folder of .txt documents (title, blank line, paragraphs) as news feeds, ITEMS items a feed, each item's
guid the document's id (its path without .txt), so that a scan of the feeds can be compared with a scan of the texts.
Feeds alternate: RSS 2.0 with the body as CDATA HTML in content:encoded, Atom with it entity-escaped (type="html"),
RSS 1.0 as .xml with it in description; every third feed gzipped.
  python3 bin/audit39-tour/make_feeds.py TEXTS OUT [ITEMS]"""
import gzip, html, os, sys

def items_of(folder):
    for root, _, files in os.walk(folder):
        for name in sorted(files):
            if name.endswith('.txt'):
                path = os.path.join(root, name)
                doc_id = os.path.relpath(path, folder)[:-4]
                parts = [p.strip() for p in open(path, encoding='utf-8').read().split('\n\n') if p.strip()]
                yield doc_id, parts[0], parts[1:]

def body(paragraphs):
    return ''.join('<p>%s</p>' % html.escape(' '.join(p.split()), quote=False) for p in paragraphs)

def rss(items):
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
           '<channel><title>Tour wire</title>']
    for doc_id, title, paragraphs in items:
        out.append('<item><title>%s</title><guid>%s</guid><content:encoded><![CDATA[%s]]></content:encoded></item>\n'
                   % (html.escape(title), html.escape(doc_id), body(paragraphs).replace(']]>', ']]&gt;')))
    return ''.join(out) + '</channel></rss>\n'

def atom(items):
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Tour courier</title>']
    for doc_id, title, paragraphs in items:
        out.append('<entry><id>%s</id><title>%s</title><content type="html">%s</content></entry>\n'
                   % (html.escape(doc_id), html.escape(title), html.escape(body(paragraphs))))
    return ''.join(out) + '</feed>\n'

def rdf(items):
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
           'xmlns="http://purl.org/rss/1.0/"><channel><title>Tour weekly</title></channel>']
    for doc_id, title, paragraphs in items:
        out.append('<item><title>%s</title><guid>%s</guid><description>%s</description></item>\n'
                   % (html.escape(title), html.escape(doc_id), html.escape(body(paragraphs))))
    return ''.join(out) + '</rdf:RDF>\n'

def main():
    texts, out, per = sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 100
    os.makedirs(out, exist_ok=True)
    items = list(items_of(texts))
    for n, start in enumerate(range(0, len(items), per)):
        writer, extension = [(rss, 'rss'), (atom, 'atom'), (rdf, 'xml')][n % 3]
        data = writer(items[start:start + per]).encode('utf-8')
        name = os.path.join(out, 'feed%04d.%s' % (n, extension))
        if n % 3 == 2:
            with gzip.open(name + '.gz', 'wb') as f:
                f.write(data)
        else:
            open(name, 'wb').write(data)
    print('%d items in %d feeds' % (len(items), (len(items) + per - 1) // per))

main()
