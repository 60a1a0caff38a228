import os, shutil, json
os.makedirs("story", exist_ok=True)
P = [
"The old ferry terminal at Lindqvist Bay will close at the end of March, the harbour authority decided on Tuesday, after engineers found deep cracks in three of the concrete supports that carry the pier.",
"Mayor Ottilie Brandt said the ferries would move to the northern quay while a new terminal is built, at a cost the council puts at 41 million crowns, to be shared with the regional government.",
"Passengers will need to allow an extra twenty minutes for the walk from the bus station, according to the operator, which runs 46 crossings a day to the islands of the outer archipelago.",
"Shop owners near the old terminal fear the loss of trade during the two years of building works, and have asked the council for a reduction in their rents until the new terminal opens.",
"The engineers' report, published last week, found that salt water had reached the steel inside the supports, and repairs were judged more costly than a new structure on steel piles.",
]
OTHER = ["A choir from the islands will sing at the town hall on Saturday, with tickets sold at the library.",
         "Ünïcödé café ☕ and emoji 🚢👨‍👩‍👧‍👦 𝒇𝒆𝒓𝒓𝒚 open this local paragraph before the shared one.",
         "The weather service expects strong winds along the coast for the rest of the week, and warned sailors."]
def page(name, site, title, date, author, paras, credit=None, photo=True):
    body = "".join("<p>%s</p>" % p for p in paras)
    img = '<figure><img src="harbour.png" alt="The pier"><figcaption>The cracked pier. Photo: %s</figcaption></figure>' % (credit or site) if photo else ""
    html = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} | {site}</title>
<meta property="og:site_name" content="{site}"><meta property="article:published_time" content="{date}">
<meta name="author" content="{author}"></head><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<article><h1>{title}</h1><p class="byline">By {author}</p><time datetime="{date}">{date[:10]}</time>{img}{body}</article>
<footer>© {site} 2024. All rights reserved.</footer></body></html>"""
    d = os.path.join("story", name); os.makedirs(d, exist_ok=True)
    open(os.path.join(d, "index.html"), "w").write(html)
    if photo: shutil.copy("/usr/share/doc/python3-pip/html/topics/deps.png", os.path.join(d, "harbour.png"))
page("a-bay-herald", "Bay Herald", "Ferry terminal to close after cracks found", "2024-03-01T08:00:00Z", "Maja Lind", P)
page("b-coast-news", "Coast News", "Old ferry terminal to shut", "2024-03-02T09:00:00Z", "Staff", P, credit="Bay Herald")
page("c-island-post", "Island Post", "Islanders face longer walk to ferry", "2024-03-03T10:00:00Z", "Per Ek", [OTHER[0], OTHER[1], P[2], P[3], OTHER[2]])
page("d-daily", "The Daily", "Terminal closure: what we know", "2024-03-04T10:00:00Z", "Ana Roos", P[:2] + [P[2].replace("twenty", "thirty")] + P[3:4])
page("e-aggregator", "Aggregator", "Ferry terminal closing", "2024-03-05T11:00:00Z", "Bot", [OTHER[1]] + P[:2] + [P[2].replace("twenty", "thirty")] + P[3:4] + ["Source: The Daily"], credit="Agency X")
page("f-blog", "Harbour Blog", "My take on the ferry", "2024-03-06T12:00:00Z", "Olle", [OTHER[2], P[4], "I think the council is right, and the new pier will last a century."], photo=False)
page("g-unrelated", "Bay Herald", "Choir concert on Saturday", "2024-03-02T12:00:00Z", "Maja Lind", [OTHER[0], "The choir was founded in 1921 and has sung in twelve countries."], photo=False)
page("h-earlier", "Weekly Coast", "Ferry terminal to close after cracks found", "2024-02-28T08:00:00Z", "Maja Lind", P[:3], photo=False)
