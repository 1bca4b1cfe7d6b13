using System.Text;
using CsCheck;
using StrategicPlanning.Json;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Json;

/// <summary>VAL-4: malformed or hostile JSON gives a clear error, never a crash, hang or unbounded memory.</summary>
public class HostileInputTests
{
    private const string Head = "{\"schemaVersion\":\"1.0\",\"plan\":{\"id\":\"p\",\"title\":\"";
    private const string Tail = "\",\"start\":\"2024-04-01\",\"end\":\"2025-03-31\",\"themes\":[]}}";

    [Fact]
    public void VAL4_a_truncated_file_gives_the_line_and_column_where_it_stops()
    {
        var text = Samples.FormatExampleText;
        var cut = text[..text.IndexOf("\"deliveryPlans\"", StringComparison.Ordinal)];

        var error = PlanJson.Read(cut).Errors.Should().ContainSingle().Subject;

        var lines = cut.Split('\n');
        error.Location!.Value.Line.Should().Be(lines.Length);
        error.Message.Should().Contain("truncated");
        error.Path.Should().Be("$");
    }

    [Fact]
    public void VAL4_a_file_cut_inside_an_object_points_to_that_object()
    {
        var text = Samples.FormatExampleText;
        var cut = text[..(text.IndexOf("\"unit\"", StringComparison.Ordinal) - 1)];

        var error = PlanJson.Read(cut).Errors.Should().ContainSingle().Subject;

        error.Path.Should().Be("$.plan.themes[0].outcomes[0].measures[0]");
    }

    [Fact]
    public void VAL4_reading_never_throws_whatever_is_cut_off_or_changed()
    {
        var bytes = Encoding.UTF8.GetBytes(Samples.FormatExampleText);
        Gen.Select(Gen.Int[0, bytes.Length], Gen.Int[0, bytes.Length - 1], Gen.Byte).Sample((cut, at, value) =>
        {
            var changed = (byte[])bytes.Clone();
            changed[at] = value;

            var truncated = PlanJson.Read(bytes.AsSpan(0, cut));
            var flipped = PlanJson.Read(changed);

            (truncated.Succeeded || truncated.Errors.Count > 0).Should().BeTrue();
            (flipped.Succeeded || flipped.Errors.Count > 0).Should().BeTrue();
            truncated.Errors.All(e => e.Message.Length > 0 && e.Path.StartsWith('$')).Should().BeTrue();
            flipped.Errors.All(e => e.Message.Length > 0 && e.Path.StartsWith('$')).Should().BeTrue();
        }, iter: 500);
    }

    [Fact]
    public void VAL4_a_repeated_member_is_refused_where_it_repeats()
    {
        var text = "{\"schemaVersion\":\"1.0\",\n\"plan\":{\"id\":\"p\",\"title\":\"t\",\"title\":\"u\",\"start\":\"2024-04-01\",\"end\":\"2025-03-31\",\"themes\":[]}}";

        var error = PlanJson.Read(text).Errors.Should().ContainSingle().Subject;

        error.Path.Should().Be("$.plan.title");
        error.Message.Should().Be("The member 'title' appears more than once in this object; each member may appear only once.");
        error.Location!.Value.Line.Should().Be(2);
    }

    [Fact]
    public void VAL4_a_repeated_member_is_placed_just_after_its_name_whatever_record_holds_it()
    {
        // Line 2: "plan":{ is columns 1-8, "id":"p", 9-17, "title":"t", 18-29, the second "title" 30-36 and its colon 37.
        var inPlan = "{\"schemaVersion\":\"1.0\",\n\"plan\":{\"id\":\"p\",\"title\":\"t\",\"title\":\"u\",\"start\":\"2024-04-01\",\"end\":\"2025-03-31\",\"themes\":[]}}";

        // Line 2: "themes":[{ is columns 1-11, "id":"t", 12-20, "id" 21-24 and its colon 25.
        var inTheme = "{\"schemaVersion\":\"1.0\",\"plan\":{\"id\":\"p\",\"title\":\"t\",\"start\":\"2024-04-01\",\"end\":\"2025-03-31\",\n\"themes\":[{\"id\":\"t\",\"id\":\"u\",\"name\":\"n\"}]}}";

        PlanJson.Read(inPlan).Errors.Should().ContainSingle().Which.Location.Should().Be(new JsonLocation(2, 38));
        PlanJson.Read(inTheme).Errors.Should().ContainSingle().Which.Location.Should().Be(new JsonLocation(2, 26));
    }

    [Fact]
    public void VAL4_a_repeated_member_inside_an_unknown_member_is_refused_too()
    {
        var text = Head + "t" + Tail.Replace("\"themes\":[]", "\"themes\":[],\"x-extra\":{\"a\":1,\"a\":2}", StringComparison.Ordinal);

        var error = PlanJson.Read(text).Errors.Should().ContainSingle().Subject;

        error.Path.Should().Be("$.plan.x-extra");
        error.Message.Should().Contain("'a' appears more than once");
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{\"x\":", "}")]
    public void VAL4_ten_thousand_deep_nesting_is_refused_at_the_depth_limit(string open, string close)
    {
        var deep = string.Concat(Enumerable.Repeat(open, 10_000)) + "1" + string.Concat(Enumerable.Repeat(close, 10_000));
        var text = (Head + "t" + Tail).Replace("\"themes\":[]", "\"themes\":[], \"x-deep\": " + deep, StringComparison.Ordinal);

        var error = PlanJson.Read(text).Errors.Should().ContainSingle().Subject;

        error.Message.Should().Contain("nested more than 64 deep");
    }

    [Fact]
    public void VAL4_a_200_MB_string_is_refused_without_turning_it_into_400_MB_of_text()
    {
        const int size = 200 * 1024 * 1024;
        var bytes = new byte[Head.Length + size + Tail.Length];
        Encoding.ASCII.GetBytes(Head).CopyTo(bytes, 0);
        bytes.AsSpan(Head.Length, size).Fill((byte)'a');
        Encoding.ASCII.GetBytes(Tail).CopyTo(bytes, Head.Length + size);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = PlanJson.Read(bytes);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var error = result.Errors.Should().ContainSingle().Subject;
        error.Path.Should().Be("$.plan.title");
        error.Message.Should().Contain("209,715,200 bytes long; the limit is 1,048,576 bytes");
        allocated.Should().BeLessThan(10 * 1024 * 1024);
    }

    [Fact]
    public void VAL4_a_stream_larger_than_the_limit_is_refused_after_reading_no_more_than_the_limit()
    {
        var bytes = Encoding.UTF8.GetBytes(Samples.FormatExampleText);
        using var stream = new MemoryStream(bytes);

        var result = PlanJson.Read(stream, new PlanReadOptions { MaxDocumentBytes = 1000 });

        var error = result.Errors.Should().ContainSingle().Subject;
        (error.Path, error.Location, error.Message).Should().Be(("$", (JsonLocation?)null, "The document is larger than 1,000 bytes (PlanReadOptions.MaxDocumentBytes); raise the limit to read it."));
    }

    [Fact]
    public void VAL4_a_million_element_array_of_the_wrong_type_stops_at_the_first_element()
    {
        var text = Head + "t" + Tail.Replace("\"themes\":[]", "\"themes\":[" + string.Join(',', Enumerable.Repeat("1", 1_000_000)) + "]", StringComparison.Ordinal);

        var error = PlanJson.Read(text).Errors.Should().ContainSingle().Subject;

        error.Path.Should().Be("$.plan.themes[0]");
        error.Message.Should().Be("Expected an object, found a number.");
    }

    [Fact]
    public void VAL4_a_million_element_unknown_array_is_kept_within_bounded_memory()
    {
        var text = Head + "t" + Tail.Replace("\"themes\":[]", "\"themes\":[],\"x-bulk\":[" + string.Join(',', Enumerable.Repeat("7", 1_000_000)) + "]", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(text);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var document = PlanJson.Parse(bytes);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        document.Plan.Extensions["x-bulk"].GetArrayLength().Should().Be(1_000_000);
        // A JsonElement keeps 12 bytes of metadata per token, and here every token is two bytes long ("7,").
        allocated.Should().BeLessThan(24L * bytes.Length);
    }

    [Theory]
    [InlineData("", "The text is empty; a plan document is a JSON object with at least 'schemaVersion' and 'plan'.")]
    [InlineData("   \n", "The text is empty; a plan document is a JSON object with at least 'schemaVersion' and 'plan'.")]
    [InlineData("null", "The document is null; it must be a JSON object with at least 'schemaVersion' and 'plan'.")]
    [InlineData("[]", "Expected an object, found an array.")]
    [InlineData("42", "Expected an object, found a number.")]
    [InlineData("{\"schemaVersion\":\"1.0\"} trailing", "'t' is invalid after a single JSON value. Expected end of data.")]
    [InlineData("{'schemaVersion':'1.0'}", "''' is an invalid start of a property name. Expected a '\"'.")]
    public void VAL4_text_that_is_not_a_plan_document_says_so(string text, string message)
    {
        // The whole message: the reader's own words lose their "LineNumber: … | BytePositionInLine: …" tail, which
        // the error carries as its location instead.
        var error = PlanJson.Read(text).Errors.Should().ContainSingle().Subject;

        (error.Path, error.Message).Should().Be(("$", message));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    [InlineData("null")]
    public void VAL4_empty_or_null_text_is_placed_at_its_start(string text) =>
        PlanJson.Read(text).Errors.Should().ContainSingle().Which.Location.Should().Be(new JsonLocation(1, 1));

    [Fact]
    public void VAL4_invalid_UTF8_in_a_string_is_an_error()
    {
        var bytes = Encoding.ASCII.GetBytes(Head + "XX" + Tail);
        var at = Head.Length;
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;

        var error = PlanJson.Read(bytes).Errors.Should().ContainSingle().Subject;

        error.Path.Should().Be("$.plan.title");
    }

    [Fact]
    public void VAL4_bytes_that_are_not_UTF8_after_the_document_are_placed_after_it()
    {
        var bytes = Encoding.ASCII.GetBytes("{}x");
        bytes[2] = 0xFF;

        var error = PlanJson.Read(bytes).Errors.Should().ContainSingle().Subject;

        (error.Path, error.Location, error.Message).Should().Be(("$", (JsonLocation?)new JsonLocation(1, 3), "The text is not valid UTF-8; it cannot be read without changing it."));
    }

    [Fact]
    public void VAL4_an_unpaired_surrogate_in_string_input_is_refused_rather_than_replaced()
    {
        var error = PlanJson.Read(Head + "\uD800" + Tail).Errors.Should().ContainSingle().Subject;

        (error.Path, error.Message).Should().Be(("$", $"The text holds an unpaired surrogate character at index {Head.Length}; it is not valid Unicode and cannot be read without changing it."));
    }

    [Fact]
    public void A_UTF8_byte_order_mark_is_allowed()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Samples.FormatExampleText)).ToArray();

        PlanJson.Read(bytes).Succeeded.Should().BeTrue();
        using var stream = new MemoryStream(bytes);
        PlanJson.Read(stream).Succeeded.Should().BeTrue();
    }
}
