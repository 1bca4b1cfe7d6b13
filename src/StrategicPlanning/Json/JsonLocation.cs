using System.Globalization;
namespace StrategicPlanning.Json;

/// <summary>A place in a JSON text: 1-based line and column, counting characters (not bytes) within the line.</summary>
/// <param name="Line">The line, from 1.</param>
/// <param name="Column">The column, from 1.</param>
public readonly record struct JsonLocation(int Line, int Column)
{
    /// <summary>Formats the location as "line 3, column 14".</summary>
    /// <returns>The location in words.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"line {Line}, column {Column}");
}
