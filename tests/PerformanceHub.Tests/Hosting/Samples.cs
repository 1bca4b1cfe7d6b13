namespace PerformanceHub.Tests.Hosting;

/// <summary>The bundled sample files, copied beside the tests.</summary>
public static class Samples
{
    public static string Derby => Path.Combine(AppContext.BaseDirectory, "samples", "derby-council-plan-2022-25.json");

    public static string DerbyReturn => Path.Combine(AppContext.BaseDirectory, "samples", "returns", "derby-2024-25-q4-head-of-housing.xlsx");

    public static string DerbyText => File.ReadAllText(Derby);
}
