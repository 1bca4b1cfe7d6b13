using System.Globalization;
using NodaTime;
using StrategicPlanning.Calendar;
using StrategicPlanning.Model;

namespace StrategicPlanning.Spreadsheets;

/// <summary>
/// Reads the rows of an accepted return into entries, checking each against the plan: the id names a measure, action
/// or risk of this document; the period is one of the measure's (MEA-1) and ends in the return's quarter; numbers,
/// statuses (ACT-2), dates and levels (RSK-2) are what they should be. Each failure is an error with its cell's place.
/// A row with nothing filled in is skipped: a blank Actual means no data.
/// </summary>
internal sealed class ReturnRows(PlanDocument document, PeriodLabel quarter, ReturnEntries entries)
{
    private readonly ReportingCalendar calendar = document.Calendar;
    private readonly DateInterval quarterDates = document.Calendar.IntervalOf(quarter);

    public void Read(ReturnContent content)
    {
        foreach (var table in content.Tables)
        {
            foreach (var row in table.Rows)
            {
                switch (table.Kind)
                {
                    case TableKind.Measures:
                        Measure(content.Source, table, row);
                        break;
                    case TableKind.Actions:
                        Action(content.Source, table, row);
                        break;
                    default:
                        Risk(content.Source, table, row);
                        break;
                }
            }
        }
    }

    private void Measure(string source, FilledTable table, ReturnRow row)
    {
        var (idCell, periodCell, actualCell, commentary) = (row.Cells[0], row.Cells[1], row.Cells[2], CellReading.Text(row.Cells[3]));
        var rowPlace = table.Grid.RowPlace(row.Number);
        if (CellReading.Text(actualCell) is null)
        {
            if (commentary is not null)
            {
                entries.Warning(source, table.Place(row, 3), "commentary with no Actual is not imported: a note belongs to an actual.");
            }

            return;
        }

        if (Find(source, table, row, idCell, "measure", document.Index.FindMeasure) is not { } measure)
        {
            return;
        }

        if (Period(source, table, row, periodCell, measure) is not { } period)
        {
            return;
        }

        if (!CellReading.TryNumber(actualCell!.Value, IsPercentUnit(measure.Unit), out var value, out var error))
        {
            entries.Error(source, table.Place(row, 2), error!);
            return;
        }

        entries.Measures.Add(new MeasureEntry(measure.Id, period, value, commentary, source, rowPlace));
    }

    private void Action(string source, FilledTable table, ReturnRow row)
    {
        var statusText = CellReading.Text(row.Cells[1]);
        var commentary = CellReading.Text(row.Cells[3]);
        if (statusText is null)
        {
            if (row.Cells.Skip(1).Any(cell => CellReading.Text(cell) is not null))
            {
                entries.Error(source, table.Place(row, 1), "there is no Status; an update needs one (choose from the list), or clear the row's other cells.");
            }

            return;
        }

        if (Find(source, table, row, row.Cells[0], "action", document.Index.FindAction) is not { } action)
        {
            return;
        }

        if (StatusWords.Parse(statusText) is not { } status)
        {
            entries.Error(source, table.Place(row, 1), $"'{statusText}' is not a status; choose one of {StatusWords.All}.");
            return;
        }

        decimal? percent = null;
        if (row.Cells[2] is { } percentCell && CellReading.Text(percentCell) is not null)
        {
            if (!CellReading.TryNumber(percentCell, percentUnit: true, out var value, out var error))
            {
                entries.Error(source, table.Place(row, 2), error!);
                return;
            }

            if (value is < 0 or > 100)
            {
                entries.Error(source, table.Place(row, 2), $"'{CellReading.Text(percentCell)}' is not a percentage from 0 to 100.");
                return;
            }

            percent = value;
        }

        if (Date(source, table, row, 4, table.Grid.Date1904) is { } date)
        {
            entries.Actions.Add(new ActionEntry(action.Id, date, status, percent, commentary, source, table.Grid.RowPlace(row.Number)));
        }
    }

    private void Risk(string source, FilledTable table, ReturnRow row)
    {
        var (likelihoodCell, impactCell, commentary) = (row.Cells[1], row.Cells[2], CellReading.Text(row.Cells[3]));
        var hasLikelihood = CellReading.Text(likelihoodCell) is not null;
        var hasImpact = CellReading.Text(impactCell) is not null;
        if (!hasLikelihood && !hasImpact)
        {
            if (commentary is not null || CellReading.Text(row.Cells[4]) is not null)
            {
                entries.Warning(source, table.Place(row, 3), "commentary with no new likelihood and impact is not imported: it belongs to an assessment.");
            }

            return;
        }

        if (hasLikelihood != hasImpact)
        {
            entries.Error(source, table.Place(row, hasLikelihood ? 2 : 1), $"give both a new likelihood and a new impact; an assessment needs the two.");
            return;
        }

        if (Find(source, table, row, row.Cells[0], "risk", document.Index.FindRisk) is not { } risk)
        {
            return;
        }

        var matrix = document.RiskRegister?.Matrix ?? RiskMatrix.Default;
        var likelihood = Level(source, table, row, 1, matrix.LikelihoodLevels, matrix.LikelihoodLabels, "likelihood");
        var impact = Level(source, table, row, 2, matrix.ImpactLevels, matrix.ImpactLabels, "impact");
        if (likelihood is { } l && impact is { } i && Date(source, table, row, 4, table.Grid.Date1904) is { } date)
        {
            entries.Risks.Add(new RiskEntry(risk.Id, date, l, i, commentary, source, table.Grid.RowPlace(row.Number)));
        }
    }

    private T? Find<T>(string source, FilledTable table, ReturnRow row, GridCell? cell, string what, Func<string, T?> find)
        where T : class
    {
        var id = CellReading.Text(cell);
        if (id is null)
        {
            entries.Error(source, table.Place(row, 0), $"there is no {table.Headers[0]} on a row with values; keep the id the return was sent with.");
            return null;
        }

        var found = find(id);
        if (found is null)
        {
            entries.Error(source, table.Place(row, 0), $"'{id}' is not a {what} of this plan; keep the id the return was sent with.");
        }

        return found;
    }

    private PeriodLabel? Period(string source, FilledTable table, ReturnRow row, GridCell? cell, Measure measure)
    {
        var text = CellReading.Text(cell);
        var kind = measure.Frequency switch
        {
            MeasureFrequency.Monthly => PeriodKind.Month,
            MeasureFrequency.Quarterly => PeriodKind.Quarter,
            _ => PeriodKind.FinancialYear,
        };
        PeriodLabel label;
        if (text is null)
        {
            entries.Error(source, table.Place(row, 1), "there is no Period; keep the period the return was sent with.");
            return null;
        }

        if (cell!.Value.Kind == CellKind.Number && kind == PeriodKind.Month && CellReading.TryDate(cell.Value, table.Grid.Date1904, out var month, out _))
        {
            // Excel turns a typed 2024-10 into a date: the month is what was meant.
            label = calendar.MonthOf(month);
        }
        else if (!calendar.TryParse(text, out label, out var error))
        {
            entries.Error(source, table.Place(row, 1), $"'{text}' is not a period: {error}");
            return null;
        }

        if (label.Kind != kind)
        {
            entries.Error(source, table.Place(row, 1), $"'{text}' is not a period of measure {measure.Id}, which is {measure.Frequency.ToString().ToLowerInvariant()} (MEA-1).");
            return null;
        }

        if (!quarterDates.Contains(calendar.EndOf(label)))
        {
            entries.Error(source, table.Place(row, 1), $"'{text}' does not end in the return's quarter, {quarter}; a return reports that quarter only.");
            return null;
        }

        return label;
    }

    private LocalDate? Date(string source, FilledTable table, ReturnRow row, int index, bool date1904)
    {
        if (row.Cells[index] is not { } cell || CellReading.Text(cell) is null)
        {
            return quarterDates.End;
        }

        if (!CellReading.TryDate(cell, date1904, out var date, out var error))
        {
            entries.Error(source, table.Place(row, index), error!);
            return null;
        }

        if (!quarterDates.Contains(date))
        {
            entries.Error(source, table.Place(row, index), string.Create(CultureInfo.InvariantCulture, $"{date:uuuu-MM-dd} is not in the return's quarter, {quarter} ({quarterDates.Start:uuuu-MM-dd} to {quarterDates.End:uuuu-MM-dd}); leave it blank for the quarter's last day."));
            return null;
        }

        return date;
    }

    private int? Level(string source, FilledTable table, ReturnRow row, int index, int levels, IReadOnlyList<string> labels, string what)
    {
        var cell = row.Cells[index]!.Value;
        var text = CellReading.Text(cell)!;
        for (var i = 0; i < labels.Count; i++)
        {
            if (string.Equals(labels[i].Trim(), text, StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        if (CellReading.TryWhole(cell, out var level, out _) && level >= 1 && level <= levels)
        {
            return level;
        }

        entries.Error(source, table.Place(row, index), string.Create(CultureInfo.InvariantCulture, $"'{text}' is not a {what} of the register's matrix: give a whole number from 1 to {levels} (RSK-2)."));
        return null;
    }

    /// <summary>Whether a unit is a percentage, so a cell shown as 42% means 42.</summary>
    internal static bool IsPercentUnit(string? unit) =>
        unit is not null && (unit.Contains('%', StringComparison.Ordinal) || unit.Trim().Equals("percent", StringComparison.OrdinalIgnoreCase) || unit.Trim().Equals("per cent", StringComparison.OrdinalIgnoreCase));
}
