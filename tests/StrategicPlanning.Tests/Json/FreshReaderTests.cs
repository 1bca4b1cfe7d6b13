using System.Text.Json.Nodes;
using StrategicPlanning.Json;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Json;

/// <summary>
/// CAL-1, REV-1 and VAL-4 through a reader built for a new options object. The shared default reader is built once
/// per process, so these check that every reader, not only the first one built, says the same words.
/// </summary>
public class FreshReaderTests
{
    private const string Date = "write a calendar date as \"YYYY-MM-DD\", e.g. \"2024-04-01\"";
    private const string Duration = "write an ISO-8601 period such as \"P3M\" (three months), \"P1Y\" or \"P14D\"";

    public static TheoryData<string, string> BadDates => new()
    {
        { "\"April\"", $"'April' is not a date: {Date}." },
        { "\"\"", $"'' is not a date: {Date}." },
        { "20240401", "Expected a date written \"YYYY-MM-DD\", found a number." },
        { "\"" + new string('4', 65) + "\"", "The text is 65 bytes long; the limit is 64 bytes (a date is never that long)." },
    };

    public static TheoryData<string, string> BadDurations => new()
    {
        { "\"quarterly\"", $"'quarterly' is not a duration: {Duration}." },
        { "3", "Expected a duration such as \"P3M\", found a number." },
        { "\"P" + new string('3', 64) + "M\"", "The text is 66 bytes long; the limit is 64 bytes (a duration is never that long)." },
    };

    private static JsonReadError OnlyError(Action<JsonObject> edit)
    {
        var node = Samples.FormatExampleNode();
        edit(node);
        return PlanJson.Read(node.ToJsonString(), new PlanReadOptions()).Errors.Should().ContainSingle().Subject;
    }

    [Theory]
    [MemberData(nameof(BadDates))]
    public void CAL1_VAL4_a_date_that_cannot_be_read_says_how_to_write_one(string json, string message)
    {
        var error = OnlyError(d => d["plan"]!["start"] = JsonNode.Parse(json));

        (error.Path, error.Message).Should().Be(("$.plan.start", message));
    }

    [Theory]
    [MemberData(nameof(BadDurations))]
    public void REV1_VAL4_a_duration_that_cannot_be_read_says_how_to_write_one(string json, string message)
    {
        var error = OnlyError(d => d["reviews"]!["cadence"] = JsonNode.Parse(json));

        (error.Path, error.Message).Should().Be(("$.reviews.cadence", message));
    }

    [Fact]
    public void REV1_a_duration_is_taken_in_any_ISO_8601_spelling_not_only_the_shortest()
    {
        // Durations are not held to one spelling, unlike dates: "P0Y3M" is three months, as "P3M" is.
        var node = Samples.FormatExampleNode();
        node["reviews"]!["cadence"] = "P0Y3M";

        var document = PlanJson.Read(node.ToJsonString(), new PlanReadOptions()).Document!;

        document.Reviews!.Cadence.Should().Be(NodaTime.Period.FromMonths(3));
    }

    [Fact]
    public void VAL4_an_enum_value_outside_its_list_names_every_allowed_value()
    {
        var error = OnlyError(d => d.Risk()["kind"] = "risk");

        (error.Path, error.Message).Should().Be(("$.riskRegister.risks[0].kind", "'risk' is not allowed here; use one of 'threat', 'opportunity'."));
    }

    [Fact]
    public void JSN1_a_document_read_by_a_fresh_reader_writes_back_the_same_bytes()
    {
        var text = Samples.FormatExampleText;

        var document = PlanJson.Read(text, new PlanReadOptions()).GetDocumentOrThrow();

        PlanJson.Write(document).Should().Be(PlanJson.Write(Samples.FormatExample()));
    }
}
