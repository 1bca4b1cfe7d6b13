#!/usr/bin/env python3
"""Writes the filled-in returns the import tests read, with openpyxl: a program other than StrategicPlanning's own
writer, doing what Excel and its users do (sheets renamed and reordered, title and blank rows, extra and hidden
columns, numbers typed as text, percentages, dates as serial numbers and as text, status words, risk labels).

    /usr/bin/python3 make_returns.py   # run in this folder (Debian python3-openpyxl); rewrites the .xlsx and .csv files beside it

The returns are for the plan in return-plan.json, quarter 2024/25 Q3. Their 'Made from' is a placeholder, not the
hash of that document, so the import warns that each was made from another version (as a real return would be
after the plan changed). libreoffice.xlsx is made from formulas.xlsx by make_libreoffice.sh.
"""
import datetime
import openpyxl
from openpyxl.workbook.defined_name import DefinedName

PLAN = "returns-test-plan"
QUARTER = "2024/25 Q3"
MADE_FROM = "0" * 64
FORMAT = "StrategicPlanning return 1"


def identity(wb, plan=PLAN, quarter=QUARTER, sheet="Return"):
    ws = wb.create_sheet(sheet)
    ws.append(["Key", "Value"])
    for key, value in [("Format", FORMAT), ("Plan id", plan), ("Quarter", quarter), ("Owner", None), ("Made from", MADE_FROM)]:
        ws.append([key, value])
    ws.sheet_state = "hidden"
    for row, name in [(3, "SP.Plan"), (4, "SP.Quarter"), (5, "SP.Owner"), (6, "SP.MadeFrom")]:
        wb.defined_names.append(DefinedName(name, attr_text=f"{sheet}!$B${row}"))


def save(wb, name):
    # Fixed creation and modification times, so the files only change when this script does.
    wb.properties.created = wb.properties.modified = datetime.datetime(2025, 1, 10, 9, 0, 0)
    wb.save(name)


def filled():
    """The tolerance return: everything people do to a workbook, all of it importable."""
    wb = openpyxl.Workbook()
    wb.active.title = "Instructions"
    wb.active["A1"] = "Fill in the blank cells."

    actions = wb.create_sheet("Actions")
    actions.append(["Action id", "Action", "Owner", "Our ref", "Status", "Percent complete", "Commentary", "Update date"])
    actions.append(["a.depot", "Open the new depot", "Head of Waste", "D-1", "On track", 0.65, "Roof on", None])
    actions.append(["a.food", "Weekly food waste collections", "Head of Waste", "F-2", "at risk", " 10 ", "Caddies late", datetime.date(2024, 11, 15)])
    actions["F2"].number_format = "0%"
    actions["H3"].number_format = "dd/mm/yyyy"

    # Renamed, placed after Actions, with a title row, a blank row, an extra hidden column and a note row.
    measures = wb.create_sheet("Performance")
    measures.append(["Quarter 3 return: waste"])
    measures.append([])
    measures.append(["Measure id", "Measure", "Our notes", "Unit", "Period", "Target", "ACTUAL ", "Commentary"])
    measures.append(["m.recycling", "Household waste recycled", "check", "%", "2024/25 Q3", 45, 0.435, "Garden waste season"])
    measures.append(["m.visits", "Visits to recycling centres", None, "visits", "2024/25 Q3", 1000, 1200, None])
    measures.append(["m.missed", "Missed bin collections", None, "collections", "2024-10", 50, " 58 ", None])
    measures.append(["m.missed", "Missed bin collections", None, "collections", "2024-11", 50, "1,034", "Strike week"])
    measures.append(["m.missed", "Missed bin collections", None, "collections", "2024-12", 50, None, None])
    measures.append(["m.tonnes", "Residual waste per household", None, "kg", "2024/25 Q3", 120, 118.7, None])
    measures.append([])
    measures.append([None, "Totals are worked out by the performance team."])
    measures["G4"].number_format = "0.0%"
    measures.column_dimensions["C"].hidden = True

    risks = wb.create_sheet("Risks")
    risks.append(["Risk id", "Risk", "Kind", "Current likelihood", "Current impact", "New likelihood", "New impact", "Commentary", "Assessment date"])
    risks.append(["r.contract", "Waste contract fails", "threat", 3, 4, "Likely", 4, "Supplier in difficulty", "30/11/2024"])

    identity(wb)
    wb.move_sheet("Risks", offset=-2)
    save(wb, "filled.xlsx")


def standard(plan=PLAN, quarter=QUARTER):
    """A return in the layout as written, sheets in order, for the problem cases."""
    wb = openpyxl.Workbook()
    wb.active.title = "Instructions"
    measures = wb.create_sheet("Measures")
    measures.append(["Measure id", "Measure", "Period", "Actual", "Commentary"])
    actions = wb.create_sheet("Actions")
    actions.append(["Action id", "Action", "Status", "Percent complete", "Commentary", "Update date"])
    risks = wb.create_sheet("Risks")
    risks.append(["Risk id", "Risk", "New likelihood", "New impact", "Commentary", "Assessment date"])
    identity(wb, plan, quarter)
    return wb, measures, actions, risks


def bad():
    wb, measures, actions, risks = standard()
    measures.append(["m.recycling", "Household waste recycled", "2024/25 Q3", "n/a", None])
    measures.append(["m.unknown", "Not in the plan", "2024/25 Q3", 5, None])
    measures.append(["m.visits", "Visits to recycling centres", "2024/25 Q3", 1300, "Recount"])
    measures.append(["m.tonnes", "Residual waste per household", "2024/25 Q2", 119, None])
    actions.append(["a.depot", "Open the new depot", "sort of", 50, None, None])
    actions.append(["a.food", "Weekly food waste collections", "On track", 150, None, None])
    risks.append(["r.contract", "Waste contract fails", 9, 4, None, None])
    save(wb, "bad.xlsx")


def other(plan, quarter, name):
    wb, measures, _, _ = standard(plan, quarter)
    measures.append(["m.tonnes", "Residual waste per household", "2024/25 Q3", 118.7, None])
    save(wb, name)


def names_only():
    """No identity sheet: only the defined names say which plan and quarter, pointing into a sheet of another layout."""
    wb = openpyxl.Workbook()
    wb.active.title = "Measures"
    wb.active.append(["Measure id", "Period", "Actual"])
    wb.active.append(["m.tonnes", "2024/25 Q3", 118.7])
    meta = wb.create_sheet("About")
    meta["D2"], meta["D3"], meta["D4"] = PLAN, QUARTER, MADE_FROM
    for name, ref in [("SP.Plan", "About!$D$2"), ("SP.Quarter", "About!$D$3"), ("SP.MadeFrom", "About!$D$4")]:
        wb.defined_names.append(DefinedName(name, attr_text=ref))
    save(wb, "names-only.xlsx")


def formulas():
    """Formulas as openpyxl writes them: no cached value until a spreadsheet program computes and saves them."""
    wb, measures, _, _ = standard()
    measures.append(["m.recycling", "Household waste recycled", "2024/25 Q3", "=0.4+0.035", "Formula"])
    measures.append(["m.tonnes", "Residual waste per household", "2024/25 Q3", "=0.1+0.2", None])
    measures["D2"].number_format = "0.0%"
    save(wb, "formulas.xlsx")


def csv_files():
    # Excel in a European locale writes semicolons; a byte-order mark; a commentary with the separator and a line break.
    with open("q3-measures.csv", "w", encoding="utf-8-sig", newline="") as f:
        f.write("Plan id;Quarter;Made from;Measure id;Measure;Period;Actual;Commentary\r\n")
        f.write(f"{PLAN};{QUARTER};{MADE_FROM};m.tonnes;Residual waste per household;2024/25 Q3;118.7;\"Lower; better\r\nthan expected\"\r\n")
        f.write(f"{PLAN};{QUARTER};{MADE_FROM};m.missed;Missed bin collections;2024-10;\" 58 \";\r\n")
    with open("q3-actions.csv", "w", encoding="utf-8", newline="") as f:
        f.write("Plan id,Quarter,Made from,Action id,Action,Status,Percent complete,Commentary,Update date\n")
        f.write(f"{PLAN},{QUARTER},{MADE_FROM},a.food,Weekly food waste collections,Not started,0%,,2024-12-01\n")
    with open("q3-bad-measures.csv", "w", encoding="utf-8", newline="") as f:
        f.write("Plan id,Quarter,Made from,Measure id,Period,Actual\n")
        f.write(f"{PLAN},{QUARTER},{MADE_FROM},m.tonnes,2024/25 Q3,118.7\n")
        f.write(f"{PLAN},{QUARTER},{MADE_FROM},m.recycling,2024/25 Q3,n/a\n")


if __name__ == "__main__":
    filled()
    bad()
    other("another-plan", QUARTER, "other-plan.xlsx")
    other(PLAN, "2024/25 Q2", "other-quarter.xlsx")
    names_only()
    formulas()
    csv_files()
