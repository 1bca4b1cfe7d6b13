namespace StrategicPlanning.Core;

/// <summary>A red, amber or green rating, as councils show status in every report.</summary>
public enum Rag
{
    /// <summary>Green: on target, within appetite, or otherwise fine.</summary>
    Green = 1,

    /// <summary>Amber: close to target, or needs watching.</summary>
    Amber = 2,

    /// <summary>Red: off target, or needs action.</summary>
    Red = 3,
}
