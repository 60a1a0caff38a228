#!/usr/bin/env python3
"""Builds a small development corpus of human-style revisions in the rewrites-dev layout.

Usage: bin/make-revision-dev.py GROUND_TRUTH_JSON OUT_DIR [--seed 12] [--window 40-130]

Sources are the article bodies of the scrapinghub extraction benchmark (../shared/data/extraction/
ground-truth.json). For each body of 200+ words, deterministically (random.Random(seed)):
  - source: its first 200-500 words (whole sentences), the "encyclopaedia-style" source text;
  - revision:heavy: 40-130 words (--window LO-HI: paragraph lengths, e.g. 120-250) from a window of its sentences, heavily revised the way a student
    answering from a source does: common words swapped for synonyms (a general list below, written
    for this script), clauses moved around a comma, parenthetical asides dropped, short neighbouring
    sentences merged; a third of them written all in lower case;
  - revision:condensed: the first sentence of each paragraph, cut at its first clause, lightly
    reworded, about a third of the source;
  - negative: 40-130 words (the same --window) from the body of the article sharing the most rare words with it, a text
    written independently: its own group, so any pair reported with it is wrong. Every other article
    (sorted by key) is kept out of the sources and serves only as a negative, so that no negative is
    a copy of a source in the corpus; each
    negative article is used once.
Writes corpus/<id>.txt, truth.jsonl (pairs with category and source), groups.json and stats.json.
"""
import json, os, random, re, sys, collections

SYNONYMS = {
 "said": "stated", "says": "states", "big": "large", "large": "sizeable", "small": "little", "many": "numerous",
 "help": "assist", "helps": "assists", "use": "employ", "used": "employed", "uses": "employs", "buy": "purchase",
 "start": "begin", "started": "began", "starts": "begins", "end": "finish", "ended": "finished", "show": "demonstrate",
 "shows": "demonstrates", "showed": "demonstrated", "important": "significant", "new": "fresh", "old": "former",
 "people": "individuals", "children": "kids", "company": "firm", "companies": "firms", "make": "produce",
 "makes": "produces", "made": "produced", "get": "obtain", "got": "obtained", "gets": "obtains", "need": "require",
 "needs": "requires", "needed": "required", "also": "additionally", "however": "nevertheless", "but": "yet",
 "very": "extremely", "often": "frequently", "about": "roughly", "around": "approximately", "think": "believe",
 "thinks": "believes", "thought": "believed", "want": "wish", "wants": "wishes", "wanted": "wished",
 "because": "since", "so": "therefore", "quickly": "rapidly", "fast": "rapid", "hard": "difficult",
 "easy": "simple", "problem": "issue", "problems": "issues", "job": "role", "jobs": "roles", "work": "labour",
 "worked": "laboured", "building": "structure", "city": "town", "country": "nation", "world": "globe",
 "money": "funds", "cost": "price", "costs": "prices", "try": "attempt", "tried": "attempted", "tries": "attempts",
 "find": "discover", "found": "discovered", "finds": "discovers", "keep": "retain", "kept": "retained",
 "allow": "permit", "allows": "permits", "allowed": "permitted", "change": "alter", "changed": "altered",
 "changes": "alterations", "build": "construct", "built": "constructed", "idea": "notion", "ideas": "notions",
 "answer": "response", "question": "query", "part": "portion", "parts": "portions", "area": "region",
 "areas": "regions", "way": "manner", "ways": "manners", "main": "principal", "major": "key", "whole": "entire",
 "enough": "sufficient", "several": "various", "few": "handful of", "almost": "nearly", "maybe": "perhaps",
 "really": "truly", "like": "such as", "before": "prior to", "after": "following", "during": "throughout",
 "between": "among", "begin": "commence", "began": "commenced", "ask": "request", "asked": "requested",
 "tell": "inform", "told": "informed", "look": "appear", "looks": "appears", "looked": "appeared",
 "seem": "appear", "seems": "appears", "enjoy": "relish", "choose": "select", "chose": "selected",
 "give": "provide", "gave": "provided", "gives": "provides", "car": "vehicle", "cars": "vehicles",
 "house": "home", "shop": "store", "shops": "stores", "team": "squad", "game": "match", "games": "matches",
}
CONJ = re.compile(r",\s+(because|although|while|when|after|before|since|as|if|but|and)\s+", re.I)

def sentences(text):
    out = []
    for para in text.split("\n"):
        for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", para.strip()):
            if len(s.split()) >= 4:
                out.append(s.strip())
    return out

def reword(sentence, rng, p):
    def sub(m):
        w = m.group(0)
        r = SYNONYMS.get(w.lower())
        if r is None or rng.random() > p:
            return w
        return r.capitalize() if w[0].isupper() else r
    return re.sub(r"[A-Za-z]+", sub, sentence)

def revise(sentence, rng):
    s = re.sub(r"\s*\([^)]*\)", "", sentence)
    s = re.sub(r"\s+[—–-]\s+[^—–-]+\s+[—–-]\s+", " ", s)
    m = CONJ.search(s)
    if m and rng.random() < 0.7:
        head, tail = s[:m.start()], s[m.end():].rstrip(".!?")
        if head and tail:
            s = m.group(1).capitalize() + " " + tail + ", " + head[0].lower() + head[1:] + "."
    return reword(s, rng, 0.85)

def window(sents, rng, lo=40, hi=130):
    for _ in range(20):
        start = rng.randrange(len(sents))
        out, n = [], 0
        for s in sents[start:]:
            if n + len(s.split()) > hi:
                break
            out.append(s); n += len(s.split())
        if n >= lo:
            return out
    return None

def main():
    src, out = sys.argv[1], sys.argv[2]
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 12
    lo, hi = map(int, (sys.argv[sys.argv.index("--window") + 1] if "--window" in sys.argv else "40-130").split("-"))
    rng = random.Random(seed)
    bodies = {k: v["articleBody"] for k, v in sorted(json.load(open(src, encoding="utf-8")).items())
              if len((v.get("articleBody") or "").split()) >= 200}
    words = {k: set(re.findall(r"[a-z]{4,}", v.lower())) for k, v in bodies.items()}
    df = collections.Counter(w for ws in words.values() for w in ws)
    os.makedirs(out + "/corpus", exist_ok=True)
    ids = list(range(len(bodies) * 4)); rng.shuffle(ids)
    docs, truth, groups = {}, [], {}
    def new_doc(text, group):
        doc = "r%05d" % ids[len(docs)]
        docs[doc] = text; groups[doc] = group
        return doc
    keys = sorted(bodies)
    sources, negatives = keys[0::2], keys[1::2]
    used = set()
    for key in sources:
        body = bodies[key]
        sents = sentences(body)
        source, n = [], 0
        for s in sents:
            if n >= 200 and n + len(s.split()) > 500:
                break
            source.append(s); n += len(s.split())
        if n < 200:
            continue
        src_id = new_doc(" ".join(source), key)
        picked = window(source, rng, lo, hi)
        if picked:
            revised = []
            for s in picked:
                r = revise(s, rng).strip()
                if not r:
                    continue
                if revised and len(r.split()) < 14 and len(revised[-1].split()) < 14 and rng.random() < 0.5:
                    revised[-1] = revised[-1].rstrip(".!?") + ", and " + r[0].lower() + r[1:]
                else:
                    revised.append(r)
            text = " ".join(revised)
            if rng.random() < 1 / 3:
                text = text.lower()
            truth.append({"a": src_id, "b": new_doc(text, key), "relation": "paraphrase", "category": "revision:heavy", "source": src_id})
        firsts = [p.strip() for p in body.split("\n") if p.strip()]
        condensed = []
        for p in firsts:
            first = sentences(p)[:1]
            if first:
                clause = re.split(r"[,;:]\s", first[0])[0].rstrip(".!?")
                if len(clause.split()) >= 5:
                    condensed.append(reword(clause, rng, 0.5) + ".")
            if sum(len(c.split()) for c in condensed) * 3 >= n:
                break
        if sum(len(c.split()) for c in condensed) >= 40:
            truth.append({"a": src_id, "b": new_doc(" ".join(condensed), key), "relation": "paraphrase", "category": "revision:condensed", "source": src_id})
        rare = {w for w in words[key] if df[w] <= 3}
        unused = [k for k in negatives if k not in used] or negatives
        other = max(unused, key=lambda k: (len(rare & words[k]), k))
        used.add(other)
        negative = window(sentences(bodies[other]), rng, lo, hi)
        if negative:
            new_doc(" ".join(negative), "independent:" + key)
    for doc, text in docs.items():
        with open(f"{out}/corpus/{doc}.txt", "w", encoding="utf-8") as f:
            f.write(text + "\n")
    for t in truth:
        if t["a"] > t["b"]:
            t["a"], t["b"] = t["b"], t["a"]
    with open(out + "/truth.jsonl", "w", encoding="utf-8") as f:
        for t in truth:
            f.write(json.dumps(t) + "\n")
    json.dump(groups, open(out + "/groups.json", "w"), indent=0, sort_keys=True)
    stats = {"documents": len(docs), "per_category": collections.Counter(t["category"] for t in truth),
             "independent": sum(1 for g in groups.values() if g.startswith("independent:"))}
    json.dump(stats, open(out + "/stats.json", "w"), indent=1)
    print(json.dumps(stats))

if __name__ == "__main__":
    main()
