using System.Buffers;
using System.Text;
using System.Text.Json;
using StrategicPlanning.Json;
using StrategicPlanning.Model;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Json;

/// <summary>
/// VAL-4 and JSN-1 at the edges of the public surface: each null argument named, the document-size limit on text
/// and on a stream read from the middle, and the enum reader's own limit.
/// </summary>
public class ArgumentAndLimitTests
{
    [Fact]
    public void VAL4_JSN1_each_null_argument_is_named()
    {
        var document = Samples.FormatExample();
        var buffer = new ArrayBufferWriter<byte>();

        FluentActions.Invoking(() => PlanJson.Read((string)null!)).Should().Throw<ArgumentNullException>().WithParameterName("json");
        FluentActions.Invoking(() => PlanJson.Read((Stream)null!)).Should().Throw<ArgumentNullException>().WithParameterName("utf8Json");
        FluentActions.Invoking(() => PlanJson.Write(null!, buffer)).Should().Throw<ArgumentNullException>().WithParameterName("document");
        FluentActions.Invoking(() => PlanJson.Write(document, (IBufferWriter<byte>)null!)).Should().Throw<ArgumentNullException>().WithParameterName("utf8Json");
        FluentActions.Invoking(() => PlanJson.Write(document, buffer, null!)).Should().Throw<ArgumentNullException>().WithParameterName("options");
        FluentActions.Invoking(() => PlanJson.Write(document, (Stream)null!)).Should().Throw<ArgumentNullException>().WithParameterName("utf8Json");
        buffer.WrittenCount.Should().Be(0);
    }

    [Fact]
    public void VAL4_text_of_exactly_the_limit_is_read_and_one_byte_more_is_not()
    {
        var text = Samples.FormatExampleText;
        var size = Encoding.UTF8.GetByteCount(text);

        PlanJson.Read(text, new PlanReadOptions { MaxDocumentBytes = size }).Succeeded.Should().BeTrue();
        PlanJson.Read(text, new PlanReadOptions { MaxDocumentBytes = size - 1 }).Errors.Should().ContainSingle()
            .Which.Message.Should().Be($"The document is larger than {size - 1:N0} bytes (PlanReadOptions.MaxDocumentBytes); raise the limit to read it.");
    }

    [Fact]
    public void VAL4_a_stream_is_read_from_where_it_stands_and_only_what_is_left_counts_against_the_limit()
    {
        // Eight bytes of something else come first; the stream is positioned after them.
        var text = Encoding.UTF8.GetBytes(Samples.FormatExampleText);
        using var stream = new MemoryStream([.. "HEADER: "u8.ToArray(), .. text]);
        stream.Position = 8;

        PlanJson.Read(stream, new PlanReadOptions { MaxDocumentBytes = text.Length }).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void VAL4_an_enum_text_longer_than_any_allowed_value_is_refused_before_it_is_looked_up()
    {
        ReadKind("\"" + new string('t', 257) + "\"").Should().Be("The text is 257 bytes long; the limit is 256 bytes (no allowed value is that long).");
        ReadKind("\"opportunity\"").Should().BeNull();
    }

    [Fact]
    public void JSN1_a_newly_built_enum_writer_writes_each_value_in_camel_case()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            var converter = new CamelCaseEnumConverter<RiskKind>();
            converter.Write(writer, RiskKind.Threat, new JsonSerializerOptions());
            converter.Write(writer, RiskKind.Opportunity, new JsonSerializerOptions());
            writer.WriteEndArray();
        }

        Encoding.UTF8.GetString(buffer.WrittenSpan).Should().Be("[\"threat\",\"opportunity\"]");
    }

    /// <summary>Reads one JSON value with a newly built enum reader; returns the message it refuses the value with.</summary>
    private static string? ReadKind(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        try
        {
            new CamelCaseEnumConverter<RiskKind>().Read(ref reader, typeof(RiskKind), new JsonSerializerOptions());
            return null;
        }
        catch (JsonException ex)
        {
            return ex.Message;
        }
    }
}
