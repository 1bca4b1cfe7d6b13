using System.Text.Json.Nodes;

namespace StrategicPlanning.Cli.Tests.Schemas;

/// <summary>One run of splan: <c>splan OUTPUT SAMPLE OPTIONS --format json</c>, the sample edited first when <see cref="Edit"/> is given.</summary>
internal sealed record OutputCase(string Output, string Name, string Sample, Action<JsonNode>? Edit, string[] Options);
