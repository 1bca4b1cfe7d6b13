#!/usr/bin/python3
"""Fills in the Derby sample's 2024/25 Q4 return for the Head of Housing, as the service lead would in a spreadsheet.

The blank return is written by splan; this script plays the service lead with openpyxl, a reader and writer that is
not ours, and saves the filled-in return that the README imports:

    splan return samples/data/derby-council-plan-2022-25.json --quarter "2024/25 Q4" --owner "Head of Housing" \
        --out housing-q4-blank.xlsx
    /usr/bin/python3 samples/data/returns/fill-derby-return.py housing-q4-blank.xlsx \
        samples/data/returns/derby-2024-25-q4-head-of-housing.xlsx

Debian: sudo apt-get install -y python3-openpyxl. Cells are found by their header, as the importer finds them.
"""
import sys

import openpyxl

# The Head of Housing's final figures for 2024/25 Q4. The plan already holds the provisional ones, so the return
# confirms one (unchanged), restates another (typed as text with a trailing space, as people do; the importer reads
# it) and leaves the third blank (nothing to import).
ACTUALS = {
    "m.homes-standard": (500, None),
    "m.affordable-homes": ("341 ", "Restated after audit: four homes counted twice."),
}
# Action updates: a completion dated within the quarter (new), and one the same as the last reported (unchanged).
UPDATES = {
    "a.housing-standards": ("completed", 100, "All 2024/25 targets met; programme closed.", "2025-03-28"),
    "a.affordable-homes": ("at risk", 55, "Site start moved to May after planning conditions.", None),
}
# The quarter-end assessment of the homelessness risk, revised down.
ASSESSMENTS = {"r.homelessness": (4, 4, "Likelihood down: 40 leased units secured for 2025/26.")}


def columns(sheet):
    return {str(cell.value).strip().lower(): cell.column for cell in sheet[1] if cell.value is not None}


def fill(sheet, id_header, values, headers):
    at = columns(sheet)
    for row in range(2, sheet.max_row + 1):
        item = sheet.cell(row, at[id_header]).value
        if item in values:
            for header, value in zip(headers, values[item]):
                if value is not None:
                    sheet.cell(row, at[header]).value = value


def main(blank, filled):
    book = openpyxl.load_workbook(blank)
    fill(book["Measures"], "measure id", ACTUALS, ["actual", "commentary"])
    fill(book["Actions"], "action id", UPDATES, ["status", "percent complete", "commentary", "update date"])
    fill(book["Risks"], "risk id", ASSESSMENTS, ["new likelihood", "new impact", "commentary"])
    book.save(filled)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
