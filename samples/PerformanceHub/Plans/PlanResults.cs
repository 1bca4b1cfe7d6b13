using Microsoft.Extensions.Caching.Memory;
using PerformanceHub.Data;

namespace PerformanceHub.Plans;

/// <summary>
/// What splan says about a stored version: score, explain, reviews, finance, risks, compare, report. Versions never
/// change, so each answer is cached under the version's database id and the exact arguments — a cached answer can
/// only ever be for the version it was computed from. User values go in as <c>--option=value</c>, never as separate
/// words, so nothing a caller sends can become an option or a response file.
/// </summary>
public sealed partial class PlanResults(Splan splan, IMemoryCache cache, ILogger<PlanResults> logger)
{
    public SplanResult Score(PlanVersion version, string asOf) =>
        Cached(version, "score", $"--as-of={asOf}", "--format=json");

    public SplanResult Explain(PlanVersion version, string asOf, string node) =>
        Cached(version, "explain", $"--as-of={asOf}", $"--node={node}");

    public SplanResult Reviews(PlanVersion version, string asOf) =>
        Cached(version, "reviews", $"--as-of={asOf}", "--format=json");

    public SplanResult Risks(PlanVersion version, string asOf) =>
        Cached(version, "risks", $"--as-of={asOf}", "--format=json");

    public SplanResult Finance(PlanVersion version, string? year) =>
        year is null ? Cached(version, "finance", "--format=json") : Cached(version, "finance", $"--year={year}", "--format=json");

    public SplanResult Compare(PlanVersion version, string from, string to) =>
        Cached(version, "compare", $"--from={from}", $"--to={to}", "--format=json");

    public SplanResult Report(PlanVersion version, string quarter) => Cached(version, "report", $"--quarter={quarter}");

    /// <summary>What moved from <paramref name="older"/> to <paramref name="newer"/>, both scored at <paramref name="asOf"/>.</summary>
    public SplanResult CompareVersions(PlanVersion older, PlanVersion newer, string asOf)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var key = $"{older.Id}\0>{newer.Id}\0{asOf}";
        return Remembered(key, newer, () => Splan.Run("compare", splan.FileOf(newer.Sha256, newer.Document),
            $"--from-file={splan.FileOf(older.Sha256, older.Document)}", $"--as-of={asOf}", "--format=json"));
    }

    /// <summary>
    /// The last day of <paramref name="quarter"/> in the version's reporting calendar (as <c>YYYY-MM-DD</c>), or null with
    /// why it is not a quarter of that calendar.
    /// </summary>
    public (string? End, string? Problem) QuarterEnd(PlanVersion version, string quarter)
    {
        ArgumentNullException.ThrowIfNull(version);
        return cache.GetOrCreate($"{version.Id}|quarter-end|{quarter}", entry =>
        {
            entry.Size = 64;
            var document = StrategicPlanning.Json.PlanJson.Parse(version.Document);
            var calendar = document.Calendar;
            if (!calendar.TryParse(quarter, out var label, out var error) || label.Kind != StrategicPlanning.Calendar.PeriodKind.Quarter)
            {
                return ((string?)null, (string?)$"'{quarter}' is not a quarter of the plan's calendar, such as \"2024/25 Q4\"{(error is null ? "" : $": {error}")}.");
            }

            var (start, end) = (document.Plan.Start, document.Plan.End);
            if (calendar.EndOf(label) < start || calendar.StartOf(label) > end)
            {
                return (null, $"{quarter} is outside the plan, which runs from {Iso(start)} to {Iso(end)}.");
            }

            return (Iso(calendar.EndOf(label)), (string?)null);
        });
    }

    private static string Iso(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Validates a document that is not stored yet (<c>splan validate --format json</c>).</summary>
    public static SplanResult Validate(string path) => Splan.Run("validate", path, "--format=json");

    private SplanResult Cached(PlanVersion version, string command, params string[] options)
    {
        ArgumentNullException.ThrowIfNull(version);
        // NUL cannot come from a caller (ResultsApi.Refuse turns control characters away), so keys cannot collide.
        var key = $"{version.Id}\0{command}\0{string.Join('\0', options)}";
        return Remembered(key, version, () => Splan.Run([command, splan.FileOf(version.Sha256, version.Document), .. options]));
    }

    /// <summary>
    /// The cached answer for <paramref name="key"/>, else runs splan and caches what it said — unless splan itself
    /// failed (exit 3, a bug): that is logged with its error and not cached, so the next request tries again.
    /// </summary>
    private SplanResult Remembered(string key, PlanVersion version, Func<SplanResult> run)
    {
        if (cache.TryGetValue(key, out SplanResult? known) && known is not null)
        {
            return known;
        }

        var result = run();
        if (result.Exit > 2)
        {
            SplanFailed(logger, version.PlanId, version.Number, key.Replace('\0', ' '), result.Error);
            return result;
        }

        cache.Set(key, result, new MemoryCacheEntryOptions { Size = result.Output.Length + result.Error.Length + 1 });
        return result;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "splan failed on plan {PlanId} version {Version} ({Request}): {Error}")]
    private static partial void SplanFailed(ILogger logger, int planId, int version, string request, string error);
}
