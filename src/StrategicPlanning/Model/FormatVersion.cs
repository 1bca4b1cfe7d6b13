using System.Globalization;

namespace StrategicPlanning.Model;

/// <summary>The format versions this library reads: 1.x, where 1.0 is its own and a later minor version adds members (JSN-1).</summary>
internal static class FormatVersion
{
    /// <summary>Compares a schemaVersion with 1.0: 0 for 1.0 (or 1.00), positive for a later 1.x, null for anything that is not 1.x.</summary>
    public static int? Compare(string version)
    {
        if (!version.StartsWith("1.", StringComparison.Ordinal) || version.Length == 2 || version.AsSpan(2).ContainsAnyExceptInRange('0', '9'))
        {
            return null;
        }

        var minor = version.AsSpan(2).TrimStart('0');
        return minor.IsEmpty ? 0 : minor.Length > 9 ? 1 : int.Parse(minor, CultureInfo.InvariantCulture);
    }
}
