using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using StrategicPlanning.Json;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Json;

/// <summary>
/// VAL-4 at the edges the other read tests do not reach: lists of ids, labels, roles and scores holding the wrong
/// thing, dates with a letter among the digits, and streams that cannot seek (a pipe, a download, a decompressor).
/// </summary>
public class ReadEdgeTests
{
    private const string Action = "$.deliveryPlans[0].actions[0]";
    private const string Matrix = "$.riskRegister.matrix";

    /// <summary>Where to put the value (a path to an object and a member), the value, where the error is and what it says.</summary>
    public static TheoryData<string, string, string, string, string> WrongLists => new()
    {
        { Action, "outcomeIds", "\"green.air\"", Action + ".outcomeIds", "Expected an array, found a string." },
        { Action, "outcomeIds", "[\"green.air\", 5]", Action + ".outcomeIds[1]", "Expected a string, found a number." },
        { "$.financialStrategy", "years", "{}", "$.financialStrategy.years", "Expected an array, found an object." },
        { "$.plan.stakeholders[0]", "roles", "\"beneficiary\"", "$.plan.stakeholders[0].roles", "Expected an array, found a string." },
        { "$.plan.stakeholders[0]", "roles", "[\"beneficiary\", true]", "$.plan.stakeholders[0].roles[1]", "Expected one of " },
        { Matrix, "scores", "5", Matrix + ".scores", "Expected an array, found a number." },
        { Matrix, "scores", "[[1, 2, 3, 4, 5], \"row\"]", Matrix + ".scores[1]", "Expected an array, found a string." },
        { Matrix, "scores", "[[1, 2, 3, 4, 5], [1, \"2\"]]", Matrix + ".scores[1][1]", "Expected a whole number, found a string." },
        { Matrix, "scores", "[[1, 2, 3, 4, 5], [1, null]]", Matrix + ".scores[1][1]", "Expected a whole number, found null." },
    };

    [Theory]
    [MemberData(nameof(WrongLists))]
    public void VAL4_a_list_holding_the_wrong_thing_is_named_at_the_item(string at, string member, string json, string path, string message)
    {
        var node = Samples.FormatExampleNode();
        node.SelectPath(at).AsObject()[member] = JsonNode.Parse(json);

        var error = PlanJson.Read(node.ToJsonString()).Errors.Should().ContainSingle().Subject;

        (error.Path, error.Message.StartsWith(message, StringComparison.Ordinal)).Should().Be((path, true), "the message was: {0}", error.Message);
        error.Location.Should().NotBeNull();
    }

    [Fact]
    public void VAL4_a_null_row_of_scores_is_reported_with_every_other_problem_of_the_document()
    {
        var node = Samples.FormatExampleNode();
        node["riskRegister"]!["matrix"]!["scores"] = JsonNode.Parse("[[1, 2, 3, 4, 5], null, [2, 4, 6, 8, 10], null]");
        node.Measure().Remove("polarity");

        var result = PlanJson.Read(node.ToJsonString());

        result.Errors.Select(e => (e.Path, e.Message)).Should().BeEquivalentTo(new[]
        {
            ("$.plan.themes[0].outcomes[0].measures[0].polarity", "'polarity' is required for a measure but is missing or null."),
            (Matrix + ".scores[1]", "Expected an array of scores, found null."),
            (Matrix + ".scores[3]", "Expected an array of scores, found null."),
        });
    }

    [Theory]
    [InlineData("2024-0a-01")]
    [InlineData("2024-04-0x")]
    [InlineData("2O24-04-01")]
    public void VAL4_a_date_with_a_letter_among_its_digits_is_not_a_date(string date)
    {
        var node = Samples.FormatExampleNode();
        node.Action()["start"] = date;

        var error = PlanJson.Read(node.ToJsonString()).Errors.Should().ContainSingle().Subject;

        error.Path.Should().Be(Action + ".start");
        error.Message.Should().StartWith($"'{date}' is not a date: write a calendar date as \"YYYY-MM-DD\"");
    }

    [Fact]
    public void VAL4_a_stream_that_cannot_seek_is_read_whole_even_when_it_is_larger_than_the_first_buffer()
    {
        // About 200 KB: more than the 64 KiB read first from a stream of unknown length, so the buffer must grow twice.
        var node = Samples.FormatExampleNode();
        node["plan"]!["x-notes"] = new string('n', 200_000);
        var text = node.ToJsonString();

        using var stream = Compressed(text);
        var result = PlanJson.Read(stream);

        result.Succeeded.Should().BeTrue();
        result.Document!.Plan.Extensions["x-notes"].GetString().Should().HaveLength(200_000);
        result.Document.Should().Be(PlanJson.Parse(text));
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(100_000)]
    [InlineData(131_072)] // a power of two: the buffer is exactly the limit when it must grow past it to see one more byte
    public void VAL4_a_stream_that_cannot_seek_is_refused_once_it_passes_the_limit(int limit)
    {
        var node = Samples.FormatExampleNode();
        node["plan"]!["x-notes"] = new string('n', 200_000);

        using var stream = Compressed(node.ToJsonString());
        var result = PlanJson.Read(stream, new PlanReadOptions { MaxDocumentBytes = limit });

        result.Errors.Should().ContainSingle().Which.Message.Should().Contain($"larger than {limit:N0} bytes");
    }

    [Fact]
    public void VAL4_a_stream_that_cannot_seek_and_ends_exactly_at_the_limit_is_read()
    {
        var text = Samples.FormatExampleText;
        var size = Encoding.UTF8.GetByteCount(text);

        using var exact = Compressed(text);
        using var over = Compressed(text);

        PlanJson.Read(exact, new PlanReadOptions { MaxDocumentBytes = size }).Succeeded.Should().BeTrue();
        PlanJson.Read(over, new PlanReadOptions { MaxDocumentBytes = size - 1 }).Succeeded.Should().BeFalse();
    }

    private const string Plan = Samples.SmallPlanHead;

    [Fact]
    public void VAL4_an_unknown_member_given_twice_is_refused_like_a_known_one()
    {
        var error = PlanJson.Read(Plan + ",\"x-a\":1,\"x-b\":2,\"x-a\":3}}").Errors.Should().ContainSingle().Subject;

        // Plan is 103 characters; the second "x-a" starts at column 121 and its value 3 at column 127.
        (error.Path, error.Message, error.Location).Should().Be(
            ("$.plan.x-a", "The member 'x-a' appears more than once in this object; each member may appear only once.", (JsonLocation?)new JsonLocation(1, 127)));
    }

    [Fact]
    public void VAL4_a_repeated_member_whose_name_needs_brackets_is_named_without_them()
    {
        var error = PlanJson.Read(Plan + ",\"x y\":1,\"x y\":2}}").Errors.Should().ContainSingle().Subject;

        (error.Path, error.Message).Should().Be(("$.plan['x y']", "The member 'x y' appears more than once in this object; each member may appear only once."));
    }

    [Fact]
    public void VAL4_a_date_written_with_an_escape_is_the_same_date()
    {
        var plain = PlanJson.Parse(Plan + "}}");
        var escaped = PlanJson.Parse(Plan.Replace("2024-04-01", "2024\\u002d04-01", StringComparison.Ordinal) + "}}");

        escaped.Plan.Start.Should().Be(new NodaTime.LocalDate(2024, 4, 1));
        escaped.Should().Be(plain);
    }

    [Theory]
    [InlineData(300)]
    [InlineData(1_000)]
    public void VAL4_a_syntax_error_under_a_long_member_name_gives_the_whole_path(int length)
    {
        // The path is built in a buffer of 256 characters: a 300-character name doubles it, a 1,000-character one
        // needs more than double.
        var name = "x" + new string('a', length - 1);

        var error = PlanJson.Read(Plan + ",\"" + name + "\":[1,}}").Errors.Should().ContainSingle().Subject;

        error.Path.Should().Be("$.plan." + name);
    }

    /// <summary>A real stream that cannot seek: the text gzipped, read back through a decompressor.</summary>
    private static GZipStream Compressed(string text)
    {
        var packed = new MemoryStream();
        using (var zip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            zip.Write(Encoding.UTF8.GetBytes(text));
        }

        packed.Position = 0;
        var stream = new GZipStream(packed, CompressionMode.Decompress);
        stream.CanSeek.Should().BeFalse();
        return stream;
    }
}
