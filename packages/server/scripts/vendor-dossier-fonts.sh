#!/usr/bin/env bash
# Refreshes fonts/: the regular weight (400) of Noto Sans (Latin, Greek, Cyrillic) and Noto Sans JP,
# SC, TC and KR as the npm packages @fontsource/noto-sans and @fontsource/noto-sans-* publish them (SIL Open Font License 1.1, fonts/*/LICENSE): files sliced
# by Unicode range (unicode.json), TrueType outlines. WOFF, not WOFF2: fontkit, which PDFKit embeds
# fonts with, subsets a WOFF2's transformed glyph table into a font that draws nothing. Only this
# one weight is kept, and of the Korean family only the slices holding Hangul (the others repeat
# the ideographs the other families have), so the server carries about 12 MB of fonts rather than
# the packages' 270 MB (nine weights, two formats). Run from packages/server; needs the npm registry.
set -euo pipefail
declare -A versions=([latin]=5.3.0 [jp]=5.3.0 [sc]=5.3.1 [tc]=5.3.0 [kr]=5.3.0)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for family in latin jp sc tc kr; do
  package="noto-sans-$family"
  [ "$family" = latin ] && package=noto-sans
  (cd "$work" && npm pack --silent "@fontsource/$package@${versions[$family]}" > /dev/null)
  mkdir -p "$work/$family"
  tar xzf "$work/fontsource-$package-${versions[$family]}.tgz" -C "$work/$family" --wildcards '*-400-normal.woff' 'package/unicode.json' 'package/LICENSE'
  target="fonts/noto-sans-$family"
  rm -rf "$target" && mkdir -p "$target"
  cp "$work/$family/package/LICENSE" "$target/"
  # The slices kept, with their ranges: every one, or for Korean those holding Hangul (U+1100–11FF, U+3130–318F, U+AC00–D7A3).
  node -e '
    const [family, source, target] = process.argv.slice(1);
    const fs = require("node:fs");
    const ranges = JSON.parse(fs.readFileSync(`${source}/package/unicode.json`, "utf8"));
    const hangul = [[0x1100, 0x11ff], [0x3130, 0x318f], [0xac00, 0xd7a3]];
    const holdsHangul = (list) => list.split(",").some((range) => {
      const [from, to = from] = range.trim().replace(/^U\+/i, "").split("-").map((hex) => parseInt(hex, 16));
      return hangul.some(([start, end]) => from <= end && to >= start);
    });
    const kept = Object.fromEntries(Object.entries(ranges).filter(([, list]) => family !== "kr" || holdsHangul(list)));
    for (const key of Object.keys(kept)) {
      const slice = key.replace(/^\[|\]$/g, "");
      const published = family === "latin" ? `noto-sans-${slice}-400-normal.woff` : `noto-sans-${family}-${slice}-400-normal.woff`;
      fs.copyFileSync(`${source}/package/files/${published}`, `${target}/noto-sans-${family}-${slice}-400-normal.woff`);
    }
    fs.writeFileSync(`${target}/unicode.json`, JSON.stringify(kept, null, 2) + "\n");
  ' "$family" "$work/$family" "$target"
  echo "noto-sans-$family ${versions[$family]}: $(ls "$target" | wc -l) files, $(du -sh "$target" | cut -f1)"
done
