namespace PerformanceHub.Pages.Plans;

/// <summary>Small text helpers for the plan pages.</summary>
public static class PlanText
{
    /// <summary>A date as the pages write it: 31 Mar 2025.</summary>
    public static string Date(NodaTime.LocalDate date) => date.ToString("d MMM uuuu", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A UTC time as the pages write it: 3 Dec 2026 14:37 UTC.</summary>
    public static string When(DateTime utc) => utc.ToString("d MMM yyyy HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
}
