#!/usr/bin/env python3
"""What limits the story families' adjusted Rand index (ARI) on one part of a rewrite corpus.

Usage: bin/family-limits.py DATA_DIR SPLIT_JSON PRED_JSONL FAMILIES_JSONL [--part fit] [--more PRED_JSONL] [--list]

DATA_DIR is in the rewrites-dev layout (groups.json, truth.jsonl); SPLIT_JSON is what `doppel eval-rewrites DATA_DIR
--write-split FILE` writes; PRED_JSONL and FAMILIES_JSONL are what `scan --format jsonl --out ... --families ...`
writes. --more adds the ARI of the connected components of another scan's pairs (e.g. `scan --all`).

It prints the ARI of the families file (as `eval-rewrites` scores it), of the connected components of the reported
pairs and of the truth pairs, then each kind of loss with the ARI that fixing it alone would give:
  (a) members of a group of two or more that are in no reported pair (what only detection can fix);
  (b) groups whose paired members lie in several families, and how many of those families reported pairs link;
  (c) families that hold several groups, and the reported cross-group pairs inside them (see
      bin/linked-originals.py: some groups' originals are versions of one passage);
  the ceiling of any family rule on these pairs (the components of the reported pairs inside a group), and, per
  kind of group (the prefix of its truth pairs' category), the ARI if that kind's groups were found whole.
--list prints the families holding several groups with the cross-group pairs inside them.
"""
import collections, json, sys

args = sys.argv[1:]
options = {"--part": "fit", "--more": None}
for flag in list(options):
    if flag in args:
        at = args.index(flag)
        options[flag] = args[at + 1]
        del args[at:at + 2]
listing = "--list" in args
args = [a for a in args if a != "--list"]
if len(args) != 4:
    sys.exit(__doc__)
data_dir, split_file, pred_file, families_file = args
part = options["--part"]


def lines(path):
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


groups = json.load(open(f"{data_dir}/groups.json"))
split = json.load(open(split_file))
docs = sorted(d for d in groups if split.get(d) == part)
truth = lines(f"{data_dir}/truth.jsonl")
pairs = lines(pred_file)
family = {}
for f in lines(families_file):
    for member in f["members"]:
        family[member] = f["family"]
size = collections.Counter(groups[d] for d in docs)


def ari(label):
    """As org.doppel.eval.AdjustedRandIndex: an item without a label is a cluster of its own."""
    def c2(n):
        return n * (n - 1) / 2
    own = {d: label.get(d, "\0" + d) for d in docs}
    index = sum(map(c2, collections.Counter((groups[d], own[d]) for d in docs).values()))
    sum_a = sum(map(c2, size.values()))
    sum_b = sum(map(c2, collections.Counter(own.values()).values()))
    expected = sum_a * sum_b / c2(len(docs))
    top = (sum_a + sum_b) / 2
    return 1.0 if top == expected else (index - expected) / (top - expected)


def components(links):
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for p in links:
        parent[find(p["a"])] = find(p["b"])
    return {d: find(d) for d in parent}


print(f"part {part}: {len(docs)} documents, {len(size)} groups ({sum(1 for n in size.values() if n > 1)} of two or more)")
print(f"ARI, families file                           {ari(family):.4f}")
print(f"ARI, components of the reported pairs        {ari(components(pairs)):.4f}")
if options["--more"]:
    print(f"ARI, components of {options['--more']}  {ari(components(lines(options['--more']))):.4f}")
print(f"ARI, components of the truth pairs           {ari(components(truth)):.4f}")

paired = {d for p in pairs for d in (p["a"], p["b"])}
in_groups = [d for d in docs if size[groups[d]] > 1]
lonely = [d for d in in_groups if d not in paired]


def with_lonely_joined(label):
    """Each unpaired member put in the family most of its group's paired members are in."""
    main = collections.defaultdict(collections.Counter)
    for d in docs:
        if d in paired and d in label:
            main[groups[d]][label[d]] += 1
    out = dict(label)
    for d in lonely:
        out[d] = main[groups[d]].most_common(1)[0][0] if main[groups[d]] else "group " + groups[d]
    return out


def split_by_group(label):
    return {d: f"{label[d]}|{groups.get(d, d)}" for d in label}


print(f"(a) members of groups of 2+ in no reported pair: {len(lonely)} of {len(in_groups)}; "
      f"ARI if they joined their group's main family {ari(with_lonely_joined(family)):.4f}")
component = components(pairs)
members_of = collections.defaultdict(list)
for d in in_groups:
    if d in paired:
        members_of[groups[d]].append(d)
split_groups = [ms for ms in members_of.values() if len({family.get(m) for m in ms}) > 1]
linked = sum(1 for ms in split_groups if len({component[m] for m in ms}) < len({family.get(m) for m in ms}))
print(f"(b) groups whose paired members lie in 2+ families: {len(split_groups)}, "
      f"of which reported pairs link some of those families: {linked}")
in_family = collections.defaultdict(list)
for d in docs:
    in_family[family.get(d, d)].append(d)
mixed = {f: ms for f, ms in in_family.items() if len({groups[m] for m in ms}) > 1}
part_docs = set(docs)
cross = [p for p in pairs if p["a"] in part_docs and p["b"] in part_docs and groups[p["a"]] != groups[p["b"]]]
print(f"(c) families holding 2+ groups: {len(mixed)}; cross-group pairs {len(cross)}, "
      f"{sum(1 for p in cross if family.get(p['a']) == family.get(p['b']))} of them inside one family; "
      f"ARI with every family split by group {ari(split_by_group(family)):.4f}")
print(f"    (a) and (c) fixed together: {ari(with_lonely_joined(split_by_group(family))):.4f}")
inside = [p for p in pairs if groups.get(p["a"]) == groups.get(p["b"])]
print(f"ceiling of a family rule on these pairs (components of the reported pairs inside a group): {ari(components(inside)):.4f}")
kind_of = {}
for t in truth:
    if t.get("category") and t["category"] != "sibling":
        for d in (t["a"], t["b"]):
            kind_of.setdefault(groups[d], t["category"].split(":")[0])
for kind in sorted(set(kind_of.values())):
    whole = {d: ("group " + groups[d] if kind_of.get(groups[d]) == kind else family.get(d, d)) for d in docs}
    lone = sum(1 for d in lonely if kind_of.get(groups[d]) == kind)
    print(f"kind {kind}: {sum(1 for d in in_groups if kind_of.get(groups[d]) == kind)} members, {lone} in no pair; "
          f"ARI if its groups were whole {ari(whole):.4f}")
if listing:
    for f, ms in sorted(mixed.items()):
        links = [(p["a"], p["b"], p["relation"], p["score"]) for p in cross if family.get(p["a"]) == f == family.get(p["b"])]
        print(f, dict(collections.Counter(groups[m] for m in ms)), links)
