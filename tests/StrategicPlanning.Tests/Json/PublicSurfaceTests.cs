using System.Buffers;
using System.Text;
using System.Text.Json;
using StrategicPlanning.Json;
using StrategicPlanning.Model;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Json;

/// <summary>
/// JSN-1 and VAL-4 through the parts of the public surface an app uses less often: locating validation paths in the
/// text, writing to a buffer writer, the exception's own constructors and copies of the read options.
/// </summary>
public class PublicSurfaceTests
{
    private const string Text = "{\n  \"schemaVersion\": \"1.0\",\n  \"plan\": {\n    \"id\": \"p\",\n    \"title\": \"Plan\"\n  }\n}";

    [Fact]
    public void VAL4_Locate_gives_line_and_column_of_each_path_and_places_a_missing_member_at_its_object()
    {
        var found = PlanJson.Locate(Encoding.UTF8.GetBytes(Text), ["$.plan.title", "$.schemaVersion", "$.plan.themes"]);

        found.Should().BeEquivalentTo(new Dictionary<string, JsonLocation>
        {
            ["$.schemaVersion"] = new(2, 20),
            ["$.plan.title"] = new(5, 14),
            ["$.plan.themes"] = new(3, 11), // the '{' of "plan"
        });
    }

    [Fact]
    public void VAL4_Locate_counts_columns_after_a_byte_order_mark_as_an_editor_does()
    {
        var withMark = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Text)).ToArray();

        PlanJson.Locate(withMark, ["$.plan.title"]).Should().Equal(new Dictionary<string, JsonLocation> { ["$.plan.title"] = new(5, 14) });
    }

    [Fact]
    public void VAL4_Locate_in_text_that_breaks_off_places_what_comes_before_the_break()
    {
        // The text breaks where title's value should be: id is found, title is placed at its object, nothing after.
        var broken = Encoding.UTF8.GetBytes(Text[..Text.IndexOf("\"title\"", StringComparison.Ordinal)] + "\"title\": ]");

        PlanJson.Locate(broken, ["$.plan.id", "$.plan.title"]).Should().BeEquivalentTo(new Dictionary<string, JsonLocation>
        {
            ["$.plan.id"] = new(4, 11),
            ["$.plan.title"] = new(3, 11),
        });
    }

    [Fact]
    public void VAL4_Locate_walks_past_a_member_name_that_is_not_valid_UTF8()
    {
        // {"x-?":1,"plan":{"id":"p"}} with one byte 0xFF for '?': it counts as one character, so "p" is at column 23.
        var bytes = Encoding.UTF8.GetBytes("{\"x-?\":1,\"plan\":{\"id\":\"p\"}}");
        bytes[4] = 0xFF;

        PlanJson.Locate(bytes, ["$.plan.id"]).Should().Equal(new Dictionary<string, JsonLocation> { ["$.plan.id"] = new(1, 23) });
    }

    [Fact]
    public void VAL4_Locate_refuses_a_null_list_of_paths() =>
        FluentActions.Invoking(() => PlanJson.Locate(Encoding.UTF8.GetBytes(Text), null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("paths");

    [Fact]
    public void JSN1_writing_to_a_buffer_writer_gives_the_same_bytes_as_WriteUtf8()
    {
        var document = Samples.FormatExample();
        var buffer = new ArrayBufferWriter<byte>();

        PlanJson.Write(document, buffer);

        buffer.WrittenSpan.ToArray().Should().Equal(PlanJson.WriteUtf8(document));
    }

    [Fact]
    public void VAL4_the_exception_says_what_failed_however_it_is_made()
    {
        var inner = new IOException("disk");

        new PlanJsonException().Message.Should().Be("The text could not be read as a plan document.");
        new PlanJsonException().Errors.Should().BeEmpty();
        new PlanJsonException("Custom.").Errors.Should().BeEmpty();
        var wrapped = new PlanJsonException("Custom.", inner);
        (wrapped.Message, wrapped.InnerException, wrapped.Errors.Count).Should().Be(("Custom.", inner, 0));
        new PlanJsonException([]).Message.Should().Be("The text could not be read as a plan document.");
        new PlanJsonException([new JsonReadError("$.plan", new JsonLocation(3, 5), "Bad.")]).Message
            .Should().Be("The text could not be read as a plan document: line 3, column 5, $.plan: Bad.");
    }

    [Fact]
    public void VAL4_a_copy_of_the_read_options_reads_with_its_own_limits_and_keeps_the_others()
    {
        var strict = PlanReadOptions.Default with { MaxStringLength = 3 };

        (strict.MaxDepth, strict.MaxStringLength, strict.MaxDocumentBytes).Should().Be((64, 3, 1L << 30));
        PlanJson.Read(Text, strict).Errors.Should().ContainSingle().Which.Path.Should().Be("$.plan.title");
        PlanJson.Read(Text, PlanReadOptions.Default).Errors.Should().NotContain(e => e.Path == "$.plan.title", "the original keeps its own limit");
    }

    [Fact]
    public void VAL4_read_options_are_equal_when_their_limits_are()
    {
        var a = new PlanReadOptions { MaxDepth = 32 };
        var b = PlanReadOptions.Default with { MaxDepth = 32 };

        (a == b, a.GetHashCode() == b.GetHashCode()).Should().Be((true, true));
        a.Should().NotBe(a with { MaxStringLength = 5 });
        a.Should().NotBe(a with { MaxDocumentBytes = 5 });
        a.Should().NotBe(PlanReadOptions.Default);
        a.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void JSN1_an_enum_value_outside_its_list_is_refused_when_written()
    {
        var converter = new CamelCaseEnumConverter<MeasureFrequency>();
        using var writer = new Utf8JsonWriter(new ArrayBufferWriter<byte>());

        FluentActions.Invoking(() => converter.Write(writer, (MeasureFrequency)9, new JsonSerializerOptions()))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("MeasureFrequency has no member with the value 9.*");
    }

    [Theory]
    [InlineData(JsonTokenType.Null, "null")]
    [InlineData(JsonTokenType.True, "true or false")]
    [InlineData(JsonTokenType.False, "true or false")]
    [InlineData(JsonTokenType.EndArray, "'EndArray'")]
    [InlineData(JsonTokenType.PropertyName, "'PropertyName'")]
    public void VAL4_a_token_is_named_in_words_or_else_by_its_kind(JsonTokenType token, string words) =>
        JsonTokenNames.Describe(token).Should().Be(words);
}
