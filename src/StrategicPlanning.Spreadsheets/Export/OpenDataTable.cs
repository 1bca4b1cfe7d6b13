namespace StrategicPlanning.Spreadsheets;

/// <summary>The open data tables <see cref="OpenData"/> writes (docs/spreadsheets.md, "Open data").</summary>
public enum OpenDataTable
{
    /// <summary>One row per measure and period, from the measure's first actual to its current period (MEA-3..6).</summary>
    Actuals = 1,

    /// <summary>One row per node: the plan, each theme and each outcome, with score, RAG, coverage and counts (AGG-1..9).</summary>
    Scores = 2,

    /// <summary>One row per action of the delivery plans that count at the date, with its status then (ACT-3..5).</summary>
    Actions = 3,

    /// <summary>One row per risk of the register, as it stands at the date (RSK-3..9).</summary>
    Risks = 4,
}
