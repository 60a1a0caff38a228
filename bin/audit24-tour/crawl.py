#!/usr/bin/env python3
"""Inputs for the twenty-fourth tour (feat-audit24): a data engineer deduplicating a web crawl.

Everything is invented: the sites, the stories and the readers are made up; text is drawn from made-up syllables.
Writes under OUT:
  corpus/export.jsonl     a JSON Lines export of 1,900 records (id = the page's URL, text, title): 1,300 articles,
                          exact copies under other URLs, copies whose boilerplate lines differ, the same article under
                          tracking parameters (?utm_source=...), pages differing only in their comments, very short
                          pages, one record cut short (a broken line)
  corpus/crawl.warc.gz    a crawl of 1,500 pages (a gzip member a record) holding the same kinds, 300 of its articles
                          shared with the export, plus one 50 MB record, one record whose Content-Length is wrong and
                          one gzip member cut short
  truth.tsv               id, cluster (the story the page carries; short pages by their text), kind
Usage: crawl.py OUT
"""
import gzip, itertools, json, os, random, sys

out = sys.argv[1]
rng = random.Random(24)
MADE_UP = ["".join(p) for p in itertools.product(["br", "d", "f", "gl", "k", "m", "pr", "s", "t", "v", "z", "sn"],
                                                  ["a", "e", "o", "u", "ai"], ["ll", "n", "rk", "sk", "th", "x", "mp"],
                                                  ["", "en", "ow", "ick"])]
FUNCTION_WORDS = "the of and to in a is that for on with as was by at from".split()
SITES = ["quarnby-herald", "ostvale-times", "brindle-post", "camberfold-news", "hollin-gazette", "tessmoor-online",
         "wexley-courier", "dunmore-daily"]
SHORT_TEXTS = ["Page not found.", "Subscribe to continue reading.", "Loading comments", "This article has moved.",
               "Access denied."]


def sentence(r):
    words = [r.choice(MADE_UP) if r.random() < 0.7 else r.choice(FUNCTION_WORDS) for _ in range(r.randint(9, 20))]
    return " ".join(words).capitalize() + "."


def article(i):
    r = random.Random(1000 + i)
    title = " ".join(r.choice(MADE_UP) for _ in range(5)).capitalize()
    paras = [" ".join(sentence(r) for _ in range(r.randint(3, 5))) for _ in range(r.randint(4, 8))]
    return title, paras


def boilerplate(site, variant):
    """A site's header and footer lines; the variant changes them as a redesign or another template would."""
    nav = ["Home | World | Business | Sport | Weather", "Home · News · Opinion · Sport", "Top stories | Local | Politics"]
    sign = ["Sign up for the Morning Brief.", "Get our evening newsletter.", "Follow us for more local news."]
    return (f"{site.replace('-', ' ').title()} — {nav[variant % 3]}", f"{sign[variant % 3]} © 2026 {site}.")


def comments(r, n):
    return [f"{r.choice(['marta', 'k.olsen', 'reader42', 'dunvale_jim', 'anon'])}: {sentence(r)}" for _ in range(n)]


def url(site, i, extra=""):
    return f"https://{site}.example/news/{i:05d}{extra}"


truth = []
jsonl = []


def to_jsonl(uid, title, lines, cluster, kind):
    jsonl.append(json.dumps({"id": uid, "url": uid, "title": title, "text": "\n\n".join([title] + lines)}))
    truth.append((uid, cluster, kind))


# ---- the export: articles 0..1299 ----
for i in range(1300):
    site = SITES[i % len(SITES)]
    title, paras = article(i)
    head, foot = boilerplate(site, 0)
    to_jsonl(url(site, i), title, [head] + paras + [foot], f"story-{i}", "article")
    if i % 10 == 1:      # an exact copy under another site's URL (syndication)
        other = SITES[(i + 3) % len(SITES)]
        to_jsonl(url(other, i + 50000), title, [head] + paras + [foot], f"story-{i}", "exact-copy")
    if i % 10 == 2:      # the same article on another site, its boilerplate lines its own
        other = SITES[(i + 5) % len(SITES)]
        h2, f2 = boilerplate(other, 1 + i % 2)
        to_jsonl(url(other, i + 60000), title, [h2] + paras + [f2], f"story-{i}", "boilerplate-changed")
    if i % 10 == 3:      # the same page under tracking parameters
        for k, src in enumerate(["newsletter", "twitter", "facebook"][: 1 + i % 3]):
            to_jsonl(url(site, i, f"?utm_source={src}&utm_medium=social&utm_campaign=c{k}"), title,
                     [head] + paras + [foot], f"story-{i}", "tracking-url")
    if i % 10 == 4:      # captured twice, days apart: only the comments differ
        r = random.Random(7000 + i)
        to_jsonl(url(site, i, "#comments"), title, [head] + paras + ["Comments"] + comments(r, 1 + i % 4) + [foot],
                 f"story-{i}", "comments-differ")
for k in range(120):     # very short pages
    text = SHORT_TEXTS[k % len(SHORT_TEXTS)]
    uid = url(SITES[k % len(SITES)], 90000 + k)
    jsonl.append(json.dumps({"id": uid, "url": uid, "title": "", "text": text}))
    truth.append((uid, "short:" + text, "short"))
broken_at = len(jsonl) // 2
jsonl.insert(broken_at, jsonl[broken_at][: len(jsonl[broken_at]) // 2])   # a record cut short mid-line
truth.append(("export#%d" % (broken_at + 1), "-", "broken-line"))

os.makedirs(f"{out}/corpus", exist_ok=True)
with open(f"{out}/corpus/export.jsonl", "w") as f:
    f.write("\n".join(jsonl) + "\n")


# ---- the crawl: articles 1000..2399 (1000..1299 also in the export) ----
def page_html(title, paras, site, variant, comment_lines=()):
    head, foot = boilerplate(site, variant)
    body = "".join(f"<p>{p}</p>\n" for p in paras)
    com = ""
    if comment_lines:
        com = "<section class=\"comments\"><h3>Comments</h3>" + "".join(f"<p>{c}</p>" for c in comment_lines) + "</section>"
    return (f"<!doctype html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body>"
            f"<header><nav>{head}</nav></header><article><h1>{title}</h1>\n{body}</article>{com}"
            f"<footer><p>{foot}</p></footer></body></html>")


def warc_record(uri, html, fetched, declared=None):
    raw = html.encode()
    payload = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n" % len(raw)).encode() + raw
    length = len(payload) if declared is None else declared
    head = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nWARC-Date: %s\r\n"
            "WARC-Record-ID: <urn:uuid:%08d-0000-0000-0000-%012d>\r\n"
            "Content-Type: application/http;msgtype=response\r\nContent-Length: %d\r\n\r\n") % (
        uri, fetched, rng.randrange(10 ** 8), len(records), length)
    return head.encode() + payload + b"\r\n\r\n"


records = []
for i in range(1000, 2400):
    site = SITES[i % len(SITES)]
    title, paras = article(i)
    day = "2026-11-%02dT08:00:00Z" % (1 + i % 28)
    records.append(warc_record(url(site, i), page_html(title, paras, site, 0), day))
    truth.append(("crawl/" + url(site, i), f"story-{i}", "article"))
    if i % 10 == 5:      # another site's template around the same article
        other = SITES[(i + 2) % len(SITES)]
        records.append(warc_record(url(other, i + 60000), page_html(title, paras, other, 2), day))
        truth.append(("crawl/" + url(other, i + 60000), f"story-{i}", "boilerplate-changed"))
    if i % 10 == 6:      # tracking parameters
        u = url(site, i, "?utm_source=rss&utm_medium=feed")
        records.append(warc_record(u, page_html(title, paras, site, 0), day))
        truth.append(("crawl/" + u, f"story-{i}", "tracking-url"))
    if i % 10 == 7:      # recrawled: only the comments differ
        r = random.Random(8000 + i)
        u = url(site, i, "?page=comments")
        records.append(warc_record(u, page_html(title, paras, site, 0, comments(r, 2 + i % 5)), day))
        truth.append(("crawl/" + u, f"story-{i}", "comments-differ"))
for k in range(60):
    text = SHORT_TEXTS[k % len(SHORT_TEXTS)]
    u = url(SITES[k % len(SITES)], 95000 + k)
    records.append(warc_record(u, f"<html><head><title></title></head><body><p>{text}</p></body></html>", "2026-11-30T00:00:00Z"))
    truth.append(("crawl/" + u, "short:" + text, "short"))

members = [gzip.compress(rec) for rec in records]
# one 50 MB record: a page whose HTML is 50 MB (a runaway archive page)
big_title, big_paras = article(5000)
big = page_html(big_title, big_paras * 1, "dunmore-daily", 0).replace("</article>", "<p>" + ("x" * 50_000_000) + "</p></article>")
members.insert(300, gzip.compress(warc_record(url("dunmore-daily", 5000), big, "2026-11-30T00:00:00Z")))
truth.append(("crawl/" + url("dunmore-daily", 5000), "story-5000", "50MB"))
# a record whose Content-Length is wrong (claims 400 bytes more than it holds)
wrong_title, wrong_paras = article(5001)
wrong = warc_record(url("brindle-post", 5001), page_html(wrong_title, wrong_paras, "brindle-post", 0), "2026-11-30T00:00:00Z")
payload_len = len(wrong.split(b"\r\n\r\n", 1)[1]) - 4
wrong = warc_record(url("brindle-post", 5001), page_html(wrong_title, wrong_paras, "brindle-post", 0),
                    "2026-11-30T00:00:00Z", declared=payload_len + 400)
members.insert(700, gzip.compress(wrong))
truth.append(("crawl/" + url("brindle-post", 5001), "story-5001", "wrong-content-length"))
# a gzip member cut short (the record after 1000 loses its second half)
members[1000] = members[1000][: len(members[1000]) // 2]
truth.append(("member-1000", "-", "gzip-member-cut"))
with open(f"{out}/corpus/crawl.warc.gz", "wb") as f:
    for m in members:
        f.write(m)
with open(f"{out}/truth.tsv", "w") as f:
    f.write("id\tcluster\tkind\n")
    for t in truth:
        f.write("\t".join(t) + "\n")
print(f"{len(jsonl)} export lines, {len(members)} crawl records")
