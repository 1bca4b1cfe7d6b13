using System.Text.Json;

namespace PerformanceHub.Load;

/// <summary>
/// What must hold after a run, each check answering the failures it found (none when it holds): no 5xx and every
/// request answered; every refused save answered 412 or 422 and never the wrong one; every acknowledged save in the
/// history with the SHA-256 of the body sent; version numbers 1..N with no gaps.
/// </summary>
public static class LoadChecks
{
    /// <summary>The answers: no 5xx, no request unanswered, each save answered as its kind allows.</summary>
    public static IReadOnlyList<string> Answers(LoadLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var failures = new List<string>();
        foreach (var group in log.Samples.Where(s => s.Status >= 500).GroupBy(s => (s.Endpoint, s.Status)))
        {
            failures.Add($"{group.Count()} × {group.Key.Status} on {group.Key.Endpoint}");
        }

        if (log.TransportErrors.Count > 0)
        {
            failures.Add($"{log.TransportErrors.Count} requests got no answer, first: {log.TransportErrors.First()}");
        }

        foreach (var write in log.Writes.Where(w => w.Status != 0))
        {
            var allowed = write.Kind switch
            {
                WriteKind.Edit => write.Status is 201 or 412,
                WriteKind.Stale => write.Status == 412,
                _ => write.Status is 412 or 422,
            };
            if (!allowed)
            {
                failures.Add($"a save meant as {write.Kind} was answered {write.Status} (a refusal must be 412 or 422; only a valid edit of the latest may be 201)");
            }
            else if (write.Status == 201 && (write.Version is null || write.SavedSha256 != write.SentSha256))
            {
                failures.Add($"a 201 answered version {write.Version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"} with SHA-256 {write.SavedSha256} for a body whose SHA-256 is {write.SentSha256}");
            }
        }

        return failures;
    }

    /// <summary>
    /// The history against the acknowledged saves: numbers 1..N with no gaps or repeats, each acknowledged version
    /// there with the SHA-256 of the body sent, no version acknowledged twice; when <paramref name="exact"/>, the latest is
    /// <paramref name="startVersion"/> plus the number of acknowledged saves (nothing stored that was not acknowledged).
    /// </summary>
    public static IReadOnlyList<string> History(
        IReadOnlyCollection<WriteAttempt> acknowledged, IReadOnlyList<HistoryEntry> history, int startVersion, bool exact)
    {
        ArgumentNullException.ThrowIfNull(acknowledged);
        ArgumentNullException.ThrowIfNull(history);
        var failures = new List<string>();
        var numbers = history.Select(h => h.Number).Order().ToList();
        if (!numbers.SequenceEqual(Enumerable.Range(1, numbers.Count)))
        {
            var missing = Enumerable.Range(1, numbers.Count == 0 ? 0 : numbers[^1]).Except(numbers).Take(5);
            failures.Add($"the history's version numbers are not 1..{numbers.Count}: missing {string.Join(", ", missing)}; {numbers.Count - numbers.Distinct().Count()} repeated");
        }

        var byNumber = history.GroupBy(h => h.Number).ToDictionary(g => g.Key, g => g.First().Sha256);
        foreach (var twice in acknowledged.GroupBy(w => w.Version).Where(g => g.Count() > 1))
        {
            failures.Add($"version {twice.Key} was acknowledged {twice.Count()} times");
        }

        foreach (var write in acknowledged)
        {
            if (write.Version is not { } number || !byNumber.TryGetValue(number, out var sha))
            {
                failures.Add($"acknowledged version {write.Version} is not in the history");
            }
            else if (sha != write.SentSha256)
            {
                failures.Add($"version {number} in the history has SHA-256 {sha}, but the body acknowledged as it has {write.SentSha256}");
            }
        }

        var latest = numbers.Count == 0 ? 0 : numbers[^1];
        if (exact && latest != startVersion + acknowledged.Count)
        {
            failures.Add($"the history's latest version is {latest}; {startVersion} before the run and {acknowledged.Count} acknowledged make {startVersion + acknowledged.Count}");
        }

        return failures;
    }

    /// <summary>GET <paramref name="plan"/>/versions as (number, SHA-256) lines; throws with the status when refused.</summary>
    public static async Task<IReadOnlyList<HistoryEntry>> ReadHistoryAsync(HttpClient client, string plan, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(plan + "/versions", UriKind.Relative), cancel);
        var body = await response.Content.ReadAsStringAsync(cancel);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {plan}/versions answered {(int)response.StatusCode}: {body}");
        }

        using var parsed = JsonDocument.Parse(body);
        return parsed.RootElement.EnumerateArray()
            .Select(v => new HistoryEntry(v.GetProperty("number").GetInt32(), v.GetProperty("sha256").GetString() ?? ""))
            .ToList();
    }
}
