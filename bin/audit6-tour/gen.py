import gzip, io, os, json, uuid
os.makedirs("crawl", exist_ok=True)
A = ("The harbour authority of Lindqvist Bay voted on Tuesday to close the old ferry terminal by the end of March, "
     "after engineers found cracks in three of the pier's concrete supports. Mayor Ottilie Brandt said the ferries "
     "would move to the northern quay while a new terminal is built, at a cost the council puts at 41 million crowns.\n\n"
     "Passengers will need to allow an extra twenty minutes for the walk from the bus station, according to the operator, "
     "which runs 46 crossings a day to the islands. Local shop owners near the old terminal fear the loss of trade during "
     "the two years of building works, and asked the council for a reduction in their rents.\n\n"
     "The engineers' report, published last week, found that salt water had reached the steel inside the supports. "
     "Repairs were judged more costly than a new structure, which will be raised on steel piles driven forty metres into the seabed.")
B = ("A violin maker in the old quarter of Verdamme has finished an instrument made entirely of wood from a fallen "
     "chestnut tree that stood in the town square for three hundred years. Master luthier Joris Vaneck spent fourteen "
     "months shaping the spruce top and the chestnut back, and says the sound is darker than that of maple.\n\n"
     "The tree came down in a storm two winters ago, and the town gave its wood to local craftsmen by lottery. "
     "A bench, a set of bowls and a cradle were also made from it. The violin will be played for the first time at the "
     "spring concert in the town hall, by a student of the music school.")
def rec(rtype, headers, block):
    h = "WARC/1.0\r\nWARC-Type: %s\r\n" % rtype
    h += "WARC-Record-ID: <urn:uuid:%s>\r\nWARC-Date: 2024-03-12T10:00:00Z\r\n" % uuid.uuid4()
    for k, v in headers: h += "%s: %s\r\n" % (k, v)
    h += "Content-Length: %d\r\n\r\n" % len(block)
    return h.encode() + block + b"\r\n\r\n"
def http(body, ctype="text/html", extra=()):
    h = "HTTP/1.1 200 OK\r\nContent-Type: %s\r\n" % ctype
    for k, v in extra: h += "%s: %s\r\n" % (k, v)
    if not any(k.lower()=="transfer-encoding" for k,_ in extra): h += "Content-Length: %d\r\n" % len(body)
    return h.encode() + b"\r\n" + body
def page(title, text):
    paras = "".join("<p>%s</p>" % p for p in text.split("\n\n"))
    return ("<html><head><title>%s</title></head><body><article><h1>%s</h1>%s</article></body></html>" % (title, title, paras)).encode()
def resp(uri, block, ctype="application/http; msgtype=response"):
    return rec("response", [("WARC-Target-URI", uri), ("Content-Type", ctype)], block)
# WET: conversion records
wet = [rec("warcinfo", [("Content-Type","application/warc-fields")], b"software: test\r\n"),
       rec("conversion", [("WARC-Target-URI","https://a.example/ferry"),("Content-Type","text/plain")], ("Ferry terminal to close\n"+A).encode()),
       rec("conversion", [("WARC-Target-URI","https://b.example/news/ferry-copy"),("Content-Type","text/plain")], ("Old ferry terminal closes\n"+A).encode()),
       rec("conversion", [("WARC-Target-URI","https://c.example/violin"),("Content-Type","text/plain")], ("Violin from a chestnut tree\n"+B).encode())]
with gzip.open("crawl/cc.warc.wet.gz","wb") as f:
    for r in wet: f.write(r)
# same as per-record gzip members
with open("crawl/permember.warc.wet.gz","wb") as f:
    for r in wet: f.write(gzip.compress(r))
# WAT metadata record
wat = rec("metadata", [("WARC-Target-URI","https://a.example/ferry"),("Content-Type","application/json")], json.dumps({"Envelope":{"Payload-Metadata":{}}}).encode())
with gzip.open("crawl/cc.warc.wat.gz","wb") as f: f.write(wat)
# responses: chunked, gzip, meta charset only, no target uri, same uri twice
def chunked(b):
    out=b""
    for i in range(0,len(b),100): c=b[i:i+100]; out+=b"%x\r\n"%len(c)+c+b"\r\n"
    return out+b"0\r\n\r\n"
p1 = page("Ferry terminal to close", A)
latin = page("Caf\u00e9 \u00e9t\u00e9 ferry", A).replace(b"<head>", b"<head><meta charset=\"iso-8859-1\">").decode().encode("latin-1")
recs = [resp("https://d.example/chunked", http(chunked(p1), extra=[("Transfer-Encoding","chunked")])),
        resp("https://e.example/gz", http(gzip.compress(p1), extra=[("Content-Encoding","gzip")])),
        resp("https://f.example/latin", http(latin)),
        rec("response", [("Content-Type","application/http; msgtype=response")], http(page("No uri", B))),
        resp("https://g.example/twice", http(page("Twice v1", B))),
        resp("https://g.example/twice", http(page("Twice v2", B))),
        rec("revisit", [("WARC-Target-URI","https://g.example/twice"),("WARC-Profile","http://netpreserve.org/warc/1.0/revisit/identical-payload-digest")], b"HTTP/1.1 200 OK\r\n\r\n"),
       ]
with open("crawl/resp.warc","wb") as f:
    for r in recs: f.write(r)
with gzip.open("crawl/resp-single.warc.gz","wb") as f:
    for r in recs: f.write(r)
with open("crawl/resp-member.warc.gz","wb") as f:
    for r in recs: f.write(gzip.compress(r))
# cut mid-body last record
with open("crawl/cut.warc","wb") as f:
    f.write(recs[1]); f.write(recs[0][:len(recs[0])//2])
open("A.txt","w").write(A); open("B.txt","w").write(B)
from br import brotli_store
with open("crawl/br.warc","wb") as f:
    f.write(resp("https://h.example/br", http(brotli_store(p1), extra=[("Content-Encoding","br")])))
