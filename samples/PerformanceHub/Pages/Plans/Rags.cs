namespace PerformanceHub.Pages.Plans;

/// <summary>RAG in words and in a CSS class: the word always carries the meaning, the colour only repeats it.</summary>
public static class Rags
{
    public static string Words(string? rag) => rag?.ToUpperInvariant() switch
    {
        "GREEN" => "Green",
        "AMBER" => "Amber",
        "RED" => "Red",
        null or "" => "No RAG",
        _ => rag,
    };

    public static string Css(string? rag) => rag?.ToUpperInvariant() switch
    {
        "GREEN" => "rag rag-green",
        "AMBER" => "rag rag-amber",
        "RED" => "rag rag-red",
        _ => "rag rag-none",
    };

    public static string Words(StrategicPlanning.Core.Rag? rag) => Words(rag?.ToString());

    public static string Css(StrategicPlanning.Core.Rag? rag) => Css(rag?.ToString());
}
