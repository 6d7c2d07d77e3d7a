#!/bin/sh
# The README's animated capture of the 返场 story, made from the headless tour's screenshots
# (`npm run demo` without a display writes them to demo-output/). Needs ImageMagick's `convert`.
#   scripts/tour-animation.sh [TOUR_DIR] [OUT.gif]
set -eu
src=${1:-demo-output}
out=${2:-docs/screenshots/fanchang-story.gif}
# The story in order: a product read, its verdict and price, a near-expiry cream, the in-page
# badge, the cart add in the 返场 watchlist, and the restocked size the alert opens.
frames="product-page popup-product popup-price-history product-page-traps popup-traps panel-expanded popup-watchlist restocked-page"
set --
for f in $frames; do
  [ -f "$src/$f.png" ] || { echo "missing $src/$f.png: run npm run demo (headless) first" >&2; exit 1; }
  set -- "$@" "$src/$f.png"
done
# Each frame fitted into 800x600 on white, held 2.5 s; 128 colours keep the file small.
convert -delay 250 -loop 0 "$@" -resize 800x600 -background white -gravity center -extent 800x600 -colors 128 -layers Optimize "$out"
echo "$out"
