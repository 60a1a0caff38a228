#!/bin/bash
# The thirty-second tour's picture pages, in $1/tour: one photo (index-photos' harbour.jpg) on five pages of four sites.
#   coast/ferry-a, ferry-b: the head names img/Foto%20Berlin.jpg, the body shows the saved file "img/Foto Berlin.jpg"
#   first/story: a figure naming "100%.jpg"; second/story: a figure naming caf%C3%A9.jpg, saved as café.jpg;
#   third/story: a hero given to lazysizes as data-bgset, its 1200w candidate saved.   ($1/tour2: the same but first/)
set -eu
cd "$(dirname "$0")/../.."; photo=$PWD/doppel-core/src/test/resources/index-photos/a-harbour/harbour.jpg
t=$1/tour; rm -rf "$t" "$1/tour2"; mkdir -p "$t/coast/img" "$t/first" "$t/second" "$t/third/img"
cp "$photo" "$t/coast/img/Foto Berlin.jpg"; cp "$photo" "$t/first/100%.jpg"; cp "$photo" "$t/second/café.jpg"; cp "$photo" "$t/third/img/lead-1200.jpg"
page() { echo "<html><head><title>$2</title>$3</head><body><article>$4<h1>$2</h1><p>$5 $5</p>$6<p>$5</p></article></body></html>" > "$t/$1.html"; }
og='<link rel="canonical" href="https://coast.example/news/X"><meta property="og:image" content="https://coast.example/news/img/Foto%20Berlin.jpg?w=1200">'
page coast/ferry-a "Ferry a" "${og/X/ferry-a}" "" "The ferry timetable changes next week, with the early boat moved to half past six for the market traders." '<img src="img/Foto Berlin.jpg" alt="">'
page coast/ferry-b "Ferry b" "${og/X/ferry-b}" "" "The council voted to repair the harbour wall before the winter storms, after a long debate about the costs." '<img src="img/Foto Berlin.jpg" alt="">'
page first/story "Harbour reopens" "" "" "The harbour reopened on Monday after repairs to the sea wall took three months and cost the town council far more than planned." \
  '<figure><img src="100%.jpg"><figcaption>Boats. Photo: First Daily</figcaption></figure>'
page second/story "A café on the quay" "" "" "Local crews welcomed the news with a parade of decorated trawlers, and the mayor promised a festival for the coming summer." \
  '<figure><img src="caf%C3%A9.jpg"><figcaption>Boats. Photo: Second Gazette</figcaption></figure>'
page third/story "Sea wall" "" '<div class="hero lazyload" data-bgset="img/lead-480.jpg 480w, img/lead-1200.jpg 1200w"></div><p class="caption">Boats. Photo: Third Weekly</p>' \
  "An auditor will examine why the work ran over budget, the council said, after builders found the old stones had moved in the winter." ""
cp -r "$t" "$1/tour2"; rm -rf "$1/tour2/first"
