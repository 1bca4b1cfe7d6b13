using NodaTime;
using StrategicPlanning.Model;

namespace StrategicPlanning.Spreadsheets;

/// <summary>
/// One of a return's three tables (Measures, Actions, Risks) as both writers see it: its columns in order, with the
/// input kind of each column to fill in, and the context cells of each row. The XLSX and CSV writers differ only in how
/// they write a cell, so the two can never list different rows or columns.
/// </summary>
internal sealed class ReturnTable
{
    private readonly Action<int, ReturnCell[]> fill;

    private ReturnTable(string sheet, ReturnColumn[] columns, int count, Action<int, ReturnCell[]> fill)
    {
        Sheet = sheet;
        Columns = columns;
        Count = count;
        this.fill = fill;
    }

    public string Sheet { get; }

    public IReadOnlyList<ReturnColumn> Columns { get; }

    /// <summary>The number of rows, header apart.</summary>
    public int Count { get; }

    /// <summary>The three tables of a return, in sheet order.</summary>
    public static ReturnTable[] Of(ReturnData data) => [Measures(data), Actions(data), Risks(data)];

    /// <summary>Fills <paramref name="cells"/> (one per column) with row <paramref name="row"/>'s cells; input cells are blank.</summary>
    public void Fill(int row, ReturnCell[] cells)
    {
        Array.Fill(cells, ReturnCell.Blank);
        fill(row, cells);
    }

    private static ReturnTable Measures(ReturnData data) => new(
        ReturnLayout.MeasuresSheet,
        [
            new(ReturnLayout.MeasureId, 22, InputKind.None),
            new(ReturnLayout.MeasureTitle, 48, InputKind.None),
            new(ReturnLayout.Theme, 16, InputKind.None),
            new(ReturnLayout.Outcome, 30, InputKind.None),
            new(ReturnLayout.Owner, 24, InputKind.None),
            new(ReturnLayout.Unit, 10, InputKind.None),
            new(ReturnLayout.Better, 18, InputKind.None),
            new(ReturnLayout.Period, 12, InputKind.None),
            new(ReturnLayout.Target, 10, InputKind.None),
            new(ReturnLayout.EarlierActuals, 44, InputKind.None),
            new(ReturnLayout.Actual, 12, InputKind.Decimal),
            new(ReturnLayout.Commentary, 48, InputKind.Text),
        ],
        data.Measures.Count,
        (i, cells) =>
        {
            var row = data.Measures[i];
            cells[0] = ReturnCell.Of(row.Measure.Id);
            cells[1] = ReturnCell.Of(row.Measure.Title);
            cells[2] = ReturnCell.Of(row.Theme);
            cells[3] = ReturnCell.Of(row.Outcome);
            cells[4] = ReturnCell.Of(row.Measure.Owner);
            cells[5] = ReturnCell.Of(row.Measure.Unit);
            cells[6] = ReturnCell.Of(BetterWords(row.Measure.Polarity));
            cells[7] = ReturnCell.Of(row.Period);
            cells[8] = row.Target is { } target ? ReturnCell.Of(target) : ReturnCell.Blank;
            cells[9] = ReturnCell.Of(row.EarlierActuals);
        });

    private static ReturnTable Actions(ReturnData data) => new(
        ReturnLayout.ActionsSheet,
        [
            new(ReturnLayout.ActionId, 24, InputKind.None),
            new(ReturnLayout.ActionTitle, 48, InputKind.None),
            new(ReturnLayout.Owner, 28, InputKind.None),
            new(ReturnLayout.Due, 12, InputKind.None),
            new(ReturnLayout.LatestStatus, 34, InputKind.None),
            new(ReturnLayout.Status, 14, InputKind.Status),
            new(ReturnLayout.PercentComplete, 12, InputKind.Percent),
            new(ReturnLayout.Commentary, 48, InputKind.Text),
            new(ReturnLayout.UpdateDate, 14, InputKind.Date),
        ],
        data.Actions.Count,
        (i, cells) =>
        {
            var row = data.Actions[i];
            cells[0] = ReturnCell.Of(row.Action.Id);
            cells[1] = ReturnCell.Of(row.Action.Title);
            cells[2] = ReturnCell.Of(row.Action.Owner);
            cells[3] = ReturnCell.Of(row.Action.Due);
            cells[4] = ReturnCell.Of(row.LatestStatus);
        });

    private static ReturnTable Risks(ReturnData data) => new(
        ReturnLayout.RisksSheet,
        [
            new(ReturnLayout.RiskId, 24, InputKind.None),
            new(ReturnLayout.RiskTitle, 48, InputKind.None),
            new(ReturnLayout.Kind, 12, InputKind.None),
            new(ReturnLayout.Owner, 28, InputKind.None),
            new(ReturnLayout.CurrentLikelihood, 12, InputKind.None),
            new(ReturnLayout.CurrentImpact, 12, InputKind.None),
            new(ReturnLayout.NewLikelihood, 12, InputKind.Likelihood),
            new(ReturnLayout.NewImpact, 12, InputKind.Impact),
            new(ReturnLayout.Commentary, 48, InputKind.Text),
            new(ReturnLayout.AssessmentDate, 14, InputKind.Date),
        ],
        data.Risks.Count,
        (i, cells) =>
        {
            var row = data.Risks[i];
            cells[0] = ReturnCell.Of(row.Risk.Id);
            cells[1] = ReturnCell.Of(row.Risk.Title);
            cells[2] = ReturnCell.Of(row.Risk.Kind == RiskKind.Threat ? "threat" : "opportunity");
            cells[3] = ReturnCell.Of(row.Risk.Owner);
            cells[4] = ReturnCell.Of(row.Likelihood);
            cells[5] = ReturnCell.Of(row.Impact);
        });

    /// <summary>The polarity in the words of docs/spreadsheets.md.</summary>
    private static string BetterWords(Polarity polarity) => polarity switch
    {
        Polarity.HigherIsBetter => "higher is better",
        Polarity.LowerIsBetter => "lower is better",
        _ => "nearest the target is best",
    };
}

/// <summary>A column of a return table: its header, its width in characters, and what the person filling it in types.</summary>
internal sealed record ReturnColumn(string Header, double Width, InputKind Input);

/// <summary>What an input column takes, and so its data validation; <see cref="None"/> for a protected context column.</summary>
internal enum InputKind
{
    /// <summary>Context: protected, never read back.</summary>
    None,

    /// <summary>An actual: a decimal number.</summary>
    Decimal,

    /// <summary>Free text: commentary.</summary>
    Text,

    /// <summary>A status from the dropdown of <see cref="ReturnLayout.StatusWords"/>.</summary>
    Status,

    /// <summary>A whole number from 0 to 100.</summary>
    Percent,

    /// <summary>A whole number from 1 to the matrix's likelihood levels (RSK-2).</summary>
    Likelihood,

    /// <summary>A whole number from 1 to the matrix's impact levels (RSK-2).</summary>
    Impact,

    /// <summary>A date within the quarter.</summary>
    Date,
}

/// <summary>A context cell's value: text, a number or a date; blank when it has none.</summary>
internal readonly record struct ReturnCell(ReturnCellKind Kind, string? Text, decimal Number, LocalDate Date)
{
    public static ReturnCell Blank => default;

    public static ReturnCell Of(string? text) => text is null ? Blank : new(ReturnCellKind.Text, text, 0, default);

    public static ReturnCell Of(decimal number) => new(ReturnCellKind.Number, null, number, default);

    public static ReturnCell Of(LocalDate date) => new(ReturnCellKind.Date, null, 0, date);
}

/// <summary>What a <see cref="ReturnCell"/> holds.</summary>
internal enum ReturnCellKind
{
    /// <summary>Nothing.</summary>
    Blank,

    /// <summary>Text from the document: always written as text, never as a formula.</summary>
    Text,

    /// <summary>A number.</summary>
    Number,

    /// <summary>A date.</summary>
    Date,
}
