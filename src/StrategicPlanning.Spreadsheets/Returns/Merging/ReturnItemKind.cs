namespace StrategicPlanning.Spreadsheets;

/// <summary>Which kind of value a <see cref="ReturnChange"/> is about.</summary>
public enum ReturnItemKind
{
    /// <summary>A measure's actual for a period, with its note (from the Measures sheet).</summary>
    MeasureActual = 1,

    /// <summary>An action's update at a date (from the Actions sheet).</summary>
    ActionUpdate = 2,

    /// <summary>A risk's assessment at a date (from the Risks sheet).</summary>
    RiskAssessment = 3,
}
