#!/usr/bin/env python3
"""One invented story copied to N sites (JSON Lines, dated, shuffled), for the hot band key rule (feat-parity).
   python3 bin/parity/spread.py OUT N   ->  OUT/story.jsonl: the original and N copies, each adding one sentence"""
import json, os, random, sys
out, n = sys.argv[1], int(sys.argv[2])
random.seed(301)
story = ("The Brennmoor ferry crossing resumed on Tuesday after a storm had torn the landing stage at Quarrish loose from its "
         "moorings for nine weeks. Divers from the Ostwall yard bolted new pontoons to the old piles and laid a steel ramp "
         "almost forty metres long between the pier and the road. The first boat left Kettleby at half past six with the county "
         "harbour master Ysolde Maranth on board, who said the work had come in well under the budget the council had set. "
         "Islanders who had relied on a chartered launch all spring gathered at the slipway to greet the crew, and the operator "
         "promised hourly sailings from the weekend onwards.")
added = ["Cafes on the island expect a busy summer.", "The old ticket office will open again in May.",
         "Walkers are asked to use the new path.", "A regatta is planned for August.",
         "The launch's skipper thanked the islanders.", "Season tickets remain valid until the autumn."]
rows = [{"id": "wire/ferry", "title": "Ferry back", "text": "Ferry back\n\n" + story, "date": "2026-05-07T06:00:00Z"}]
for i in range(1, n + 1):
    minute = 390 + i * 37 + random.randrange(36)  # after the original, each its own minute
    rows.append({"id": "coast%04d/ferry" % i, "title": "Ferry back", "text": "Ferry back\n\n" + story + " " + random.choice(added),
                 "date": "2026-05-%02dT%02d:%02d:00Z" % (7 + minute // 1440, minute % 1440 // 60, minute % 60)})
random.shuffle(rows)
os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "story.jsonl"), "w") as f:
    for r in rows:
        f.write(json.dumps(r) + "\n")
