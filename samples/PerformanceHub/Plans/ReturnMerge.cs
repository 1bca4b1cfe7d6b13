namespace PerformanceHub.Plans;

/// <summary>
/// A return merged into a version, not yet stored: splan import's change log (JSON), its exit code, and the merged
/// document when the merge has no error (<see cref="Exit"/> 0).
/// </summary>
public sealed record ReturnMerge(int BasedOn, int Exit, string ChangeLog, string Error, string? Merged)
{
    public bool Succeeded => Exit == 0 && Merged is not null;

    /// <summary>The change log's first problem as "SOURCE PLACE: MESSAGE", else splan's first line of error, else null.</summary>
    public string? FirstProblem()
    {
        try
        {
            using var log = System.Text.Json.JsonDocument.Parse(ChangeLog);
            if (log.RootElement.TryGetProperty("problems", out var problems) && problems.GetArrayLength() > 0)
            {
                var p = problems[0];
                return $"{p.GetProperty("source").GetString()} {p.GetProperty("place").GetString()}: {p.GetProperty("message").GetString()}";
            }
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            // Not a change log: fall back to what splan said on standard error.
        }

        var line = Error.Split('\n', 2)[0].Trim();
        return line.Length > 0 ? line : null;
    }
}
