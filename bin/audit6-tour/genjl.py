import gzip, json, os
os.makedirs("jl", exist_ok=True)
A=open("A.txt").read(); B=open("B.txt").read()
def w(path, recs, opener=open, nl="\n", bom=False, trailing=True):
    s = nl.join(json.dumps(r, ensure_ascii=False) for r in recs) + (nl if trailing else "")
    b = s.encode()
    if bom: b = b"\xef\xbb\xbf" + b
    with opener(path, "wb") as f: f.write(b)
w("jl/c4.json.gz", [{"text":A,"url":"https://a.example/ferry","timestamp":"2019-04-25T12:57:54Z"},{"text":B,"url":"https://c.example/violin","timestamp":"2019-04-26T12:57:54Z"}], gzip.open)
w("jl/redpajama.jsonl.gz", [{"raw_content":A,"doc_id":"rp-1"},{"raw_content":B,"doc_id":"rp-2"}], gzip.open)
w("jl/content.jsonl", [{"id":"ct-1","content":A},{"id":"ct-2","body":B}])
w("jl/fineweb.jsonl", [{"text":A,"id":"<urn:uuid:1>","url":"https://z.example/a","date":"2013-05-18T07:24:47Z"},{"text":B,"id":7,"url":"https://z.example/b"}], bom=True, nl="\r\n", trailing=False)
w("jl/repeat1.jsonl", [{"id":"same","text":A}])
w("jl/repeat2.jsonl", [{"id":"same","text":A+" Extra sentence here about the ferry."},{"text":B}])
# one JSON document per file, not JSON Lines: named once
open("jl/array.json", "w").write('[\n{"id":"x","text":"hello there"}\n]\n')
open("jl/pretty.json", "w").write('{\n "id": "y",\n "text": "hi"\n}\n')
