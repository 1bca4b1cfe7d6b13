#!/usr/bin/env bash
# Re-saves formulas.xlsx (made by make_returns.py) with LibreOffice Calc, which computes every formula and stores its
# cached value, and writes the workbook its own way (its own styles, shared strings, no inline strings):
#   bash make_libreoffice.sh      # run in this folder; needs soffice (Debian: libreoffice-calc-nogui)
set -euo pipefail
cd "$(dirname "$0")"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
soffice --headless -env:UserInstallation=file://"$out"/profile --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$out" formulas.xlsx >/dev/null
mv "$out"/formulas.xlsx libreoffice.xlsx
