# 150 identical records and 3 of another text: the pair search ignores keys in over 100 documents (scan --duplicates)
import json
A = open("A.txt").read(); B = open("B.txt").read()
import os; os.makedirs("many", exist_ok=True)
with open("many/m.jsonl", "w") as f:
    for i in range(150): f.write(json.dumps({"id": "p%03d" % i, "text": A}) + "\n")
    for i in range(3): f.write(json.dumps({"id": "q%d" % i, "text": B}) + "\n")
