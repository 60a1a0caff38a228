import os, shutil, sys
ph = '/tmp/audit7/ph'
stories = [
 ("Harbour ferry terminal opens", "The new ferry terminal at the north harbour opened on Monday after three years of building work. The mayor cut the ribbon before a crowd of about four hundred residents. Boats will leave every twenty minutes for the islands during the summer season. The terminal cost 42 million euros and has a covered waiting hall for 300 passengers."),
 ("Library extends opening hours", "The city library will stay open until ten in the evening from next month, the council said. Students had asked for longer hours during the exam period. The change costs about 80,000 euros a year, paid from the culture budget. Two new librarians will be hired to cover the late shifts."),
 ("Violin stolen from concert hall", "A violin made in 1742 was stolen from the dressing room of the concert hall on Saturday night. Police said the thief entered through a service door that had been left unlocked. The instrument belongs to a foundation that lends it to young players. A reward of 10,000 euros has been offered for its return."),
 ("Storm closes mountain road", "Heavy snow closed the mountain pass road for the second time this week. Snow ploughs worked through the night but strong winds kept blowing drifts back across the lanes. Drivers were told to use the valley route, which adds forty minutes to the journey. The road is expected to reopen on Thursday."),
 ("Bakery wins regional prize", "A family bakery in the old town won the regional prize for the best rye bread. The judges praised its crust and the sourdough kept alive since 1961. The owners said they would not raise prices despite the sudden fame. Queues formed outside the shop before dawn on the day after the award."),
]
photos = ['orig.jpg', 'unrelated.jpg', None, None, None]
out = sys.argv[1]
for i, (title, body) in enumerate(stories):
    d = os.path.join(out, f'p{i}'); os.makedirs(d, exist_ok=True)
    shutil.copy(os.path.join(ph, 'logo.png'), d); shutil.copy(os.path.join(ph, 'pixel.gif'), d)
    fig = ''
    if photos[i]:
        shutil.copy(os.path.join(ph, photos[i]), d)
        fig = f'<figure><img src="{photos[i]}"><figcaption>Pictured: the scene. Photo: Ana Ruiz / Bay Herald</figcaption></figure>'
    with open(os.path.join(d, 'index.html'), 'w') as f:
        f.write(f'<html><head><title>{title}</title><meta property="og:site_name" content="Bay Herald"></head><body>'
                f'<header><img src="logo.png" alt="Bay Herald"></header><article><h1>{title}</h1>{fig}'
                + ''.join(f'<p>{s.strip()}.</p>' for s in body.split('. ') if s.strip()) +
                '</article><img src="pixel.gif" width="1" height="1"></body></html>')
