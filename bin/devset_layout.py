"""Writes a development set's truth in the layout of ../shared/data/rewrites-dev (imported by bin/make-*-dev.py)."""
import json


def write_groups_and_truth(data_dir, groups, truth):
    """`groups.json` (each document id to its group, sorted by id) and `truth.jsonl` (one related pair a line)."""
    with open(f"{data_dir}/groups.json", "w", encoding="utf-8") as out:
        json.dump(dict(sorted(groups.items())), out, indent=0)
        out.write("\n")
    with open(f"{data_dir}/truth.jsonl", "w", encoding="utf-8") as out:
        for pair in truth:
            out.write(json.dumps(pair) + "\n")
