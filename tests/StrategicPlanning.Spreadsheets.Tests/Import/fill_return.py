#!/usr/bin/env python3
"""Fills in a return the way a service lead would, with openpyxl (not .NET): finds each row by the values of some
columns, found by their header, and types values into other columns, then saves the workbook.

    python3 fill_return.py RETURN.xlsx FILLS.json

FILLS is {"Measures": [{"match": {"Measure id": "m.x", "Period": "2024/25 Q3"}, "set": {"Actual": 41.3}}], ...}.
A value for a column whose header ends in 'date' is an ISO date, typed in as a date (a serial number in the file).
"""
import datetime
import json
import sys

import openpyxl

path, fills = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8"))
wb = openpyxl.load_workbook(path)
for sheet, rows in fills.items():
    ws = wb[sheet]
    columns = {cell.value: cell.column for cell in ws[1] if cell.value}
    for spec in rows:
        for r in range(2, ws.max_row + 1):
            if all(ws.cell(r, columns[k]).value == v for k, v in spec["match"].items()):
                for k, v in spec["set"].items():
                    ws.cell(r, columns[k]).value = datetime.date.fromisoformat(v) if k.lower().endswith("date") else v
                break
        else:
            sys.exit("no row in %s for %s" % (sheet, json.dumps(spec["match"])))
wb.save(path)
