using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using StrategicPlanning.Calendar;
using StrategicPlanning.Model;
using StrategicPlanning.Spreadsheets;

namespace StrategicPlanning.Benchmarks;

/// <summary>
/// The quarterly returns' targets in the budget (issue 18, point 6): importing a 10,000-row return costs at most twice
/// what the Open XML SDK's own SAX reader takes just to read every cell of the same file; importing a return of 100,000 rows
/// costs per row at most 1.5 times what a return of 1,000 does; and writing a return for the 1,000,000-leaf plan's largest
/// owner costs per row at most 1.5 times what it costs at 1,000 leaves (linear in rows).
/// </summary>
internal static class SpreadsheetBudget
{
    /// <summary>2025/26 Q1: every generated measure is quarterly with actuals up to 2024/25 Q4, so each has one row due and no conflict.</summary>
    private static readonly PeriodLabel NextQuarter = PeriodLabel.ForQuarter(2025, 1);

    /// <summary>2024/25 Q4: the generated actions (all the "Director"'s) count in 2024/25 and are open at its end.</summary>
    private static readonly PeriodLabel LastQuarter = PeriodLabel.ForQuarter(2024, 4);

    private const string LargestOwner = "Director";

    /// <summary>Measures the three lines and adds them to <paramref name="results"/>.</summary>
    public static void Run(TextWriter output, List<(string Name, double Measured, double Limit)> results)
    {
        // 1. Import against reading every cell: 20,000 leaves are 10,000 measures, so the return has 10,000 measure rows,
        //    each filled in with an actual.
        var document = GeneratedPlans.Create(20_000);
        var xlsx = FilledReturn(document);
        var cells = ReadEveryCell(xlsx);
        var (sax, import, ratio) = Budget.Paired(9, () => ReadEveryCell(xlsx), () => Import(document, xlsx, 10_000));
        results.Add(("return-import/openxml-sax@10k-rows", ratio, 2.0));
        Budget.Report(output, results[^1], string.Create(CultureInfo.InvariantCulture,
            $"import (read, merge 10,000 actuals, validate) {Budget.Ms(import)}, SAX read of all {cells:N0} cells {Budget.Ms(sax)}; {Budget.Mb(xlsx.Length)} workbook"));

        // 2. Importing, per row, a return of 100,000 measure rows (a 200,000-leaf plan) against returns of 1,000 (20 different
        //    2,000-leaf plans, each imported once in turn): linear in rows, as the other linearity lines are in leaves.
        document = null;
        xlsx = null;
        var smallReturns = Enumerable.Range(0, 20).Select(seed => GeneratedPlans.Create(2_000, seed)).Select(plan => (plan, FilledReturn(plan))).ToArray();
        var perImportedRowSmall = Budget.Median(3, () => Array.ForEach(smallReturns, r => Import(r.plan, r.Item2, 1_000))) / (smallReturns.Length * 1_000);
        var largePlan = GeneratedPlans.Create(200_000);
        var largeReturn = FilledReturn(largePlan);
        var perImportedRowLarge = Budget.Median(3, () => Import(largePlan, largeReturn, 100_000)) / 100_000;
        results.Add(("return-import-per-row@100k/@1k-rows", perImportedRowLarge / perImportedRowSmall, 1.5));
        Budget.Report(output, results[^1], string.Create(CultureInfo.InvariantCulture,
            $"{perImportedRowLarge * 1e9:0} ns vs {perImportedRowSmall * 1e9:0} ns per row; {Budget.Mb(largeReturn.Length)} workbook of 100,000 rows"));
        largePlan = null;
        largeReturn = null;
        RunWrite(output, results);
    }

    /// <summary>The write line alone (also <c>-- --budget linear return-write</c>).</summary>
    public static void RunWrite(TextWriter output, List<(string Name, double Measured, double Limit)> results)
    {
        // 3. Writing the largest owner's return, per row, at 1,000,000 leaves against 1,000 (100 different plans, each
        //    written once in turn, as the other linearity lines do: a small plan written again and again stays in cache).
        var smalls = Enumerable.Range(0, 100).Select(seed => GeneratedPlans.Create(1_000, seed)).ToArray();
        var smallRows = smalls.Sum(Write);
        var perRowSmall = Budget.Median(3, () => Array.ForEach(smalls, plan => Write(plan))) / smallRows;
        var large = GeneratedPlans.Create(1_000_000);
        var largeRows = Write(large);
        var perRowLarge = Budget.Median(1, () => Write(large)) / largeRows;
        results.Add(("return-write-per-row@1M/@1k", perRowLarge / perRowSmall, 1.5));
        Budget.Report(output, results[^1], string.Create(CultureInfo.InvariantCulture,
            $"{perRowLarge * 1e9:0} ns vs {perRowSmall * 1e9:0} ns per row; the '{LargestOwner}' return of the 1,000,000-leaf plan has {largeRows:N0} rows"));
    }

    /// <summary>The 2025/26 Q1 return of <paramref name="document"/>, each measure's Actual cell filled in as a person would.</summary>
    private static byte[] FilledReturn(PlanDocument document)
    {
        using var stream = new MemoryStream();
        QuarterlyReturn.WriteXlsx(document, NextQuarter, null, stream).GetValueOrThrow();
        using (var workbook = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            var part = workbook.WorkbookPart!;
            var sheet = part.Workbook.Descendants<Sheet>().Single(s => s.Name == "Measures");
            var rows = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>();
            var actual = rows.First().Elements<Cell>().Select((cell, i) => (cell, i)).Single(c => c.cell.InnerText == "Actual").i;
            foreach (var row in rows.Skip(1))
            {
                var cell = row.Elements<Cell>().ElementAt(actual);
                cell.DataType = CellValues.Number;
                cell.CellValue = new CellValue((decimal)(row.RowIndex!.Value % 997) / 10);
            }
        }

        return stream.ToArray();
    }

    /// <summary>The baseline: the Open XML SDK's SAX reader over every worksheet, every cell loaded and its value read.</summary>
    private static int ReadEveryCell(byte[] xlsx)
    {
        var count = 0;
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(xlsx), isEditable: false);
        foreach (var part in workbook.WorkbookPart!.WorksheetParts)
        {
            using var reader = OpenXmlReader.Create(part);
            while (reader.Read())
            {
                if (reader.ElementType == typeof(Cell) && reader.IsStartElement && reader.LoadCurrentElement() is Cell cell)
                {
                    _ = cell.CellValue?.Text ?? cell.InnerText;
                    count++;
                }
            }
        }

        return count;
    }

    private static void Import(PlanDocument document, byte[] xlsx, int rows)
    {
        var result = ReturnImport.Merge(document, [new ReturnSource("return.xlsx", xlsx)]);
        if (!result.Succeeded || result.Changes.Count != rows)
        {
            throw new InvalidOperationException($"the budget's return did not import cleanly: {result.Changes.Count} changes, {string.Join("; ", result.Problems.Take(3))}");
        }
    }

    /// <summary>Writes the largest owner's 2024/25 Q4 return to a scratch file; returns its rows.</summary>
    private static int Write(PlanDocument document)
    {
        var file = Path.Combine(Path.GetTempPath(), $"splan-budget-return-{Environment.ProcessId}.xlsx");
        try
        {
            using var stream = new FileStream(file, FileMode.Create, FileAccess.ReadWrite);
            var contents = QuarterlyReturn.WriteXlsx(document, LastQuarter, new ReturnOptions { Owner = LargestOwner }, stream).GetValueOrThrow();
            return contents.Measures + contents.Actions + contents.Risks;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
