#!/bin/bash
# The inputs of the twenty-ninth code-health round (docs/quality.md), made under DIR (default /tmp/h29): a photos folder
# (the test pictures of index-photos, a hidden folder, a hidden picture, a "._" file, a zip with hidden members and a
# __MACOSX folder) and a texts folder (hidden files and folders, a tar and a zip with hidden members). Run from the repo.
set -eu
repo=$(pwd); dir=${1:-/tmp/h29}
rm -rf "$dir/photos" "$dir/zipsrc" "$dir/texts" "$dir/tsrc"
mkdir -p "$dir/photos"; cp -r doppel-core/src/test/resources/index-photos/* "$dir/photos/"
cd "$dir/photos"; pic=a-harbour/market.jpg
mkdir -p .hidden-dir g-nested/.inner; cp -r a-harbour/* .hidden-dir/; cp -r b-copy/* g-nested/.inner/
cp $pic g-nested/._market.jpg; cp $pic .top-hidden.jpg; cp $pic g-nested/visible.jpg
mkdir -p "$dir/zipsrc/__MACOSX" "$dir/zipsrc/pages/.hid"; cp -r c-mirror/* "$dir/zipsrc/pages/"
cp $pic "$dir/zipsrc/__MACOSX/"; cp $pic "$dir/zipsrc/pages/.hid/"; cp $pic "$dir/zipsrc/pages/._x.jpg"; cp $pic "$dir/zipsrc/pages/y.jpg"
(cd "$dir/zipsrc" && TZ=UTC zip -q -X -r "$dir/photos/h-archive.zip" .)
mkdir -p "$dir/texts/sub/.git" "$dir/tsrc/__MACOSX" "$dir/tsrc/a/.h"; cd "$dir/texts"
t1="The harbour council voted on Tuesday to close the old bridge for repairs after engineers found cracks in two of its piers, a decision that will send traffic through the town centre for at least six months."
t2="Farmers at the weekly market said the storm had flattened much of the barley crop, and several asked the minister for help before the election, which is now three weeks away."
echo "$t1" > a.txt; echo "$t1" > .b.txt; echo "$t2" > sub/c.txt; echo "$t2" > sub/.git/d.txt; echo "$t1 $t2" > sub/e.txt
echo "$t2" > "$dir/tsrc/__MACOSX/f.txt"; echo "$t1" > "$dir/tsrc/a/.h/g.txt"; echo "$t2" > "$dir/tsrc/a/._h.txt"; echo "$t1" > "$dir/tsrc/a/i.txt"
(cd "$dir/tsrc" && tar cf "$dir/texts/m.tar" . && TZ=UTC zip -q -X -r "$dir/texts/n.zip" .)
