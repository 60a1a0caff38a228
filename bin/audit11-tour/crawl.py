#!/usr/bin/env python3
# The eleventh tour's crawl (docs/quality.md, "An eleventh tour"): three days of a made-up story across four sites,
# one WARC a day, the first site's page crawled on days 1 and 3.   python3 bin/audit11-tour/crawl.py /tmp/audit11/crawl
import gzip, uuid, sys, os
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
P = [
 "The lighthouse on Gull Point will be switched off for the first time in 140 years next month, the coastal authority said on Tuesday, after engineers found cracks in the lantern room that they could not repair in winter.",
 "Keeper's assistant Mara Linde, who has climbed the 212 steps every evening since 1998, said the decision came as a shock to the village of Osterby, whose fishing fleet still relies on the light to find the channel.",
 "A temporary buoy with a flashing lamp will mark the rocks from 3 March, and the authority has promised that the tower will be restored by the autumn at a cost of 1.8 million crowns.",
 "Local historians have started a petition asking that the old clockwork mechanism, built in Glasgow in 1884, be kept in the tower rather than moved to the maritime museum in the capital.",
 "The harbour master, Jens Okafor, warned skippers to plot new routes and said night landings would be restricted until the buoy had been tested in heavy seas.",
]
def page(title, paras, site, date, extra=""):
    body = "".join(f"<p>{p}</p>" for p in paras)
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="{site}"><meta property="article:published_time" content="{date}"></head>
<body><nav>Home News Sport</nav><article><h1>{title}</h1>{body}{extra}</article><footer>(c) {site}</footer></body></html>"""
def record(uri, date, html):
    body = html.encode("utf-8")
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nWARC-Date: {date}\r\n"
            f"WARC-Record-ID: <urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, uri + date)}>\r\nContent-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"
def warc(name, recs):
    with gzip.open(os.path.join(out, name), "wb") as f:
        for r in recs:
            f.write(record(*r))
day1 = [("https://coastpost.example/news/gull-point-light", "2026-02-10T08:00:00Z",
         page("Gull Point lighthouse to go dark", P, "Coast Post", "2026-02-10T07:30:00Z")),
        ("https://coastpost.example/weather/storm", "2026-02-10T08:01:00Z",
         page("Storm warning for the islands", ["Gales of up to 90 km/h are expected on the outer islands on Thursday, the weather office said, with ferries likely to be cancelled in the afternoon and evening.", "Schools on Hallo and Vesterby will close at noon."], "Coast Post", "2026-02-10T06:00:00Z"))]
day2 = [("https://harbourdaily.example/2026/02/11/lighthouse", "2026-02-11T09:00:00Z",
         page("Historic light switched off after cracks found", P[:4], "Harbour Daily", "2026-02-11T08:00:00Z", "<p>Source: Coast Post</p>")),
        ("https://islandnews.example/a?id=7&ref=rss", "2026-02-11T10:00:00Z",
         page("Petition to keep lighthouse clockwork", ["Residents of Osterby met on Wednesday evening to discuss the closure of the lighthouse.", P[3], "The meeting ended with a vote to write to the ministry."], "Island News", "2026-02-11T09:30:00Z"))]
day3 = [("https://coastpost.example/news/gull-point-light", "2026-02-12T08:00:00Z",
         page("Gull Point lighthouse to go dark (updated)", P + ["Update: the authority said on Thursday that the buoy would be in place a week early."], "Coast Post", "2026-02-10T07:30:00Z")),
        ("https://aggregator.example/story/88", "2026-02-12T11:00:00Z",
         page("Gull Point lighthouse to go dark", P, "News Aggregator", ""))]
warc("day1.warc.gz", day1); warc("day2.warc.gz", day2); warc("day3.warc.gz", day3)
