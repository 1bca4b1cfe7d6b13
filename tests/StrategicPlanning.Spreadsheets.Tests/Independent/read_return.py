"""Reads a return workbook with openpyxl, a reader that is not .NET, and prints what it found as JSON.

Used by IndependentReaderTests: python3 read_return.py RETURN.xlsx
"""
import datetime
import json
import sys

import openpyxl


def plain(value):
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.strftime("%Y-%m-%d")
    return value


def defined_names(workbook):
    names = workbook.defined_names
    items = names.definedName if hasattr(names, "definedName") else names.values()
    return {item.name: item.attr_text for item in items}


def main(path):
    workbook = openpyxl.load_workbook(path)
    found = {
        "sheets": workbook.sheetnames,
        "states": {ws.title: ws.sheet_state for ws in workbook.worksheets},
        "names": defined_names(workbook),
        "tables": {},
    }
    for ws in workbook.worksheets:
        rows = [[plain(c.value) for c in row] for row in ws.iter_rows()]
        found["tables"][ws.title] = {
            "protected": bool(ws.protection.sheet),
            "rows": rows,
            "locked": [[bool(c.protection.locked) for c in row] for row in ws.iter_rows()],
            "types": [[c.data_type for c in row] for row in ws.iter_rows()],
            "validations": [
                {
                    "type": v.type,
                    "operator": v.operator,
                    "formula1": v.formula1,
                    "formula2": v.formula2,
                    "sqref": str(v.sqref),
                    "allowBlank": bool(v.allow_blank),
                }
                for v in ws.data_validations.dataValidation
            ],
        }
    json.dump(found, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
