#!/usr/bin/env bash
# Writes four lazy-loading news pages into DIR (docs/quality.md, "Lazy-loaded figures"): the same ferry photo behind a
# data-src (north), a <noscript> twin (south) and a data-srcset (west), a violin photo behind a data-lazy-src (east),
# each beside a flat stand-in. The pictures are those bin/audit7-tour/README.md makes under /tmp/audit7/lazy.
#   bin/lazyimg-pages.sh DIR [AUDIT7_LAZY_DIR]
set -euo pipefail
out=$1; src=${2:-/tmp/audit7/lazy}
mkdir -p "$out"/{north,south,east,west}
cp "$src/siteA/blank.gif" "$out/north/blank.gif"; cp "$src/siteA/ferry.jpg" "$out/north/ferry.jpg"
cp "$src/siteA/blank.gif" "$out/south/placeholder.gif"; cp "$src/siteA/ferry.jpg" "$out/south/terminal-1200.jpg"
cp "$src/siteB/spacer.gif" "$out/east/spacer.gif"; cp "$src/siteB/violin.jpg" "$out/east/violin.jpg"
cp "$src/siteB/spacer.gif" "$out/west/grey.gif"; cp "$src/siteA/ferry.jpg" "$out/west/harbour.jpg"
page() { printf '<html><head><title>%s</title></head><body><article><h1>%s</h1>\n%s\n<p>%s</p>\n<p>%s</p></article></body></html>\n' "$2" "$2" "$3" "$4" "$5" > "$out/$1/index.html"; }
page north "New ferry terminal opens in the north harbour" \
  '<figure><img src="blank.gif" data-src="ferry.jpg" class="lazyload"><figcaption>The terminal on Monday. Photo: Harbour Times</figcaption></figure>' \
  "The new ferry terminal at the north harbour opened on Monday after three years of building work and several delays." \
  "Officials said the covered hall will seat three hundred passengers waiting for the island boats."
page south "Island boats to run every twenty minutes" \
  '<figure><img src="placeholder.gif" class="lazy" loading="lazy"><noscript><img src="terminal-1200.jpg"></noscript><figcaption>Boats at the quay. Photo: Harbour Times</figcaption></figure>' \
  "A summer timetable for the island boats was published by the transport office on Tuesday afternoon." \
  "Fares will stay the same, although season tickets for students become cheaper from June onwards."
page east "Old violin stolen after concert" \
  '<figure><img src="spacer.gif" data-lazy-src="violin.jpg"><figcaption>The instrument. Photo: City Police</figcaption></figure>' \
  "An eighteenth century violin was taken from a dressing room of the concert hall late on Saturday evening." \
  "Detectives asked anyone who saw a person carrying a dark case near the side entrance to call them."
page west "Council debates parking fees near the quay" \
  '<figure><img src="grey.gif" data-srcset="harbour.jpg 1200w, harbour.jpg 600w"><figcaption>The quay. Photo: Harbour Times</figcaption></figure>' \
  "Councillors disagreed on Wednesday about whether drivers should pay to park beside the ferry quay during summer." \
  "A vote on the proposal is expected at the next meeting of the transport committee in two weeks."
