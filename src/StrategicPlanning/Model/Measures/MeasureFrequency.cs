namespace StrategicPlanning.Model;

/// <summary>How often a measure is reported; its actuals name periods of this length (MEA-1).</summary>
public enum MeasureFrequency
{
    /// <summary>Reported each calendar month (<c>2024-05</c>).</summary>
    Monthly = 1,

    /// <summary>Reported each quarter (<c>2024/25 Q1</c>).</summary>
    Quarterly = 2,

    /// <summary>Reported once per financial year (<c>2024/25</c>).</summary>
    Annual = 3,
}
