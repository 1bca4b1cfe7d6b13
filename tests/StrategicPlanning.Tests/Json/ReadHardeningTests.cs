using System.Text;
using System.Text.Json.Nodes;
using StrategicPlanning.Json;
using StrategicPlanning.Tests.Support;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Tests.Json;

/// <summary>Inputs found by review to throw, round, hang or lose data, each now an error or an exact value.</summary>
public class ReadHardeningTests
{
    private const string Head = "{\"schemaVersion\":\"1.0\",\"plan\":{\"id\":\"p\",\"title\":\"t\",\"start\":\"2024-04-01\",\"end\":\"2025-03-31\",\"themes\":[";

    [Theory]
    [InlineData("1e-30")]
    [InlineData("0.12345678901234567890123456789012")]
    [InlineData("123456789012345678901234567890")]
    public void FIN7_a_number_a_decimal_cannot_hold_exactly_is_refused_never_rounded(string number)
    {
        var error = PlanJson.Read(Head + "{\"id\":\"x\",\"name\":\"n\",\"weight\":" + number + "}]}}").Errors.Should().ContainSingle().Subject;

        error.Path.Should().Be("$.plan.themes[0].weight");
        error.Message.Should().Contain("never rounded");
    }

    [Theory]
    [InlineData("1e3", "1000")]
    [InlineData("2.50", "2.50")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("-7E-2", "-0.07")]
    [InlineData("0e99999999999999999999", "0")]
    public void FIN7_numbers_a_decimal_holds_exactly_are_read_exactly(string number, string expected)
    {
        var document = PlanJson.Parse(Head + "{\"id\":\"x\",\"name\":\"n\",\"weight\":" + number + "}]}}");

        document.Plan.Themes[0].Weight.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(expected);
    }

    [Theory]
    [InlineData("4.0")]
    [InlineData("4e0")]
    [InlineData("40e-1")]
    public void JSN3_a_whole_number_written_with_a_fraction_or_exponent_reads_as_the_schema_allows(string number)
    {
        var node = Samples.FormatExampleNode();
        var text = node.ToJsonString().Replace("\"likelihood\":4", "\"likelihood\":" + number, StringComparison.Ordinal);

        PlanJson.Parse(text).RiskRegister!.Risks[0].Assessments[0].Likelihood.Should().Be(4);
    }

    [Theory]
    [InlineData("\"-0001-04-01\"", "is not a date")]
    [InlineData("\"+2024-04-01\"", "is not a date")]
    public void CAL4_dates_are_four_digit_years_only(string json, string message)
    {
        var node = Samples.FormatExampleNode();
        node.Action()["start"] = JsonNode.Parse(json);

        PlanJson.Read(node.ToJsonString()).Errors.Should().ContainSingle().Which.Message.Should().Contain(message);
    }

    [Fact]
    public void JSN2_a_duration_without_any_number_is_refused_rather_than_read_as_zero()
    {
        var node = Samples.FormatExampleNode();
        node["reviews"]!["reportingLag"] = "P";

        var error = PlanJson.Read(node.ToJsonString()).Errors.Should().ContainSingle().Subject;

        error.Message.Should().StartWith("'P' is not a duration");
    }

    [Fact]
    public void CAL4_a_date_in_another_spelling_is_refused_so_dates_are_written_back_unchanged()
    {
        var node = Samples.FormatExampleNode();
        node.Action()["start"] = "2024-04-1";

        PlanJson.Read(node.ToJsonString()).Errors.Should().ContainSingle().Which.Message.Should().Contain("is not a date");
    }

    [Theory]
    [InlineData("\"x-note\":\"\\uD800\"")]
    [InlineData("\"x-note\":{\"deep\":[\"\\uDC00 alone\"]}")]
    [InlineData("\"x-\\uD800\":1")]
    public void VAL4_an_escaped_unpaired_surrogate_in_an_unknown_member_is_refused_rather_than_kept_unwritable(string member)
    {
        var text = Head + "]," + member + "}}";

        var error = PlanJson.Read(text).Errors.Should().ContainSingle().Subject;

        error.Message.Should().Contain("not valid Unicode");
    }

    [Fact]
    public void VAL4_an_escaped_unpaired_surrogate_in_a_known_string_is_refused()
    {
        var error = PlanJson.Read(Head.Replace("\"title\":\"t\"", "\"title\":\"\\uD800\"", StringComparison.Ordinal) + "]}}").Errors.Should().ContainSingle().Subject;

        error.Path.Should().Be("$.plan.title");
        error.Message.Should().Be("This text is not valid Unicode (Cannot read incomplete UTF-16 JSON text as string with missing low surrogate); it cannot be read without changing it.");
    }

    [Fact]
    public void VAL4_an_unpaired_surrogate_in_a_member_name_is_placed_at_the_name_not_the_document()
    {
        var error = PlanJson.Read("{\"\\uD800\": 1}").Errors.Should().ContainSingle().Subject;

        error.Path.Should().Be("$");
        error.Location.Should().Be(new JsonLocation(1, 2));
        error.Message.Should().Be("A member name here is not valid Unicode (Cannot read incomplete UTF-16 JSON text as string with missing low surrogate); it cannot be read without changing it.");
    }

    [Fact]
    public void VAL4_an_unpaired_surrogate_in_a_nested_unknown_name_is_placed_at_that_name_and_its_object()
    {
        var text = Head + "],\n\"x-ext\":{\"k\":[1, {\"\\uDC00\": 2}]}}}";

        var error = PlanJson.Read(text).Errors.Should().ContainSingle().Subject;

        error.Path.Should().Be("$.plan.x-ext.k[1]");
        error.Location.Should().Be(new JsonLocation(2, 19));
        error.Message.Should().Be("A member name here is not valid Unicode (Cannot read invalid UTF-16 JSON text as string. Invalid surrogate value: '0xDC00'); it cannot be read without changing it.");
    }

    [Fact]
    public void VAL4_invalid_utf8_in_an_unknown_member_name_is_refused_not_turned_into_replacement_characters()
    {
        var text = Samples.FormatExampleText;
        var at = text.IndexOf("\"plan\"", StringComparison.Ordinal);
        at = text.IndexOf('{', at) + 1;
        var bytes = Encoding.UTF8.GetBytes(text[..at]).Concat("\"x-n\xFFa\":1,"u8.ToArray()).Concat(Encoding.UTF8.GetBytes(text[at..])).ToArray();
        bytes[Encoding.UTF8.GetByteCount(text[..at]) + 4] = 0xFF;

        var error = PlanJson.Read(bytes).Errors.Should().ContainSingle().Subject;

        error.Path.Should().Be("$.plan");
        error.Location!.Value.Column.Should().Be(text[..at].Length - text[..at].LastIndexOf('\n'));
        error.Message.Should().Be("A member name here is not valid UTF-8; it cannot be read without changing it.");
    }

    [Fact]
    public void VAL4_invalid_utf8_deep_inside_an_unknown_member_is_placed_at_its_string()
    {
        var bytes = Encoding.UTF8.GetBytes(Head + "],\"x-a\":{\"t\":[\"n?a\"]}}}");
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xFF;

        var error = PlanJson.Read(bytes).Errors.Should().ContainSingle().Subject;

        error.Path.Should().Be("$.plan.x-a.t[0]");
        error.Location.Should().Be(new JsonLocation(1, Head.Length + 15));
        error.Message.Should().Be("This text is not valid UTF-8; it cannot be read without changing it.");
    }

    [Fact]
    public void VAL4_invalid_utf8_outside_any_string_is_placed_at_the_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"schemaVersion\":\"1.0\",?\n\"plan\":1}");
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xFF;

        var error = PlanJson.Read(bytes).Errors.Should().ContainSingle().Subject;

        error.Location.Should().Be(new JsonLocation(1, 24));
        error.Message.Should().Be("The text is not valid UTF-8; it cannot be read without changing it.");
    }

    [Fact]
    public void VAL4_an_unpaired_surrogate_in_a_string_given_as_text_is_placed_by_line_and_column()
    {
        var error = PlanJson.Read("{\"schemaVersion\":\"1.0\",\n\"plan\":{\"id\":\"\U0001F600\uD800\"}}").Errors.Should().ContainSingle().Subject;

        error.Location.Should().Be(new JsonLocation(2, 16));
        error.Message.Should().Contain("unpaired surrogate");
    }

    [Fact]
    public void VAL4_an_unknown_member_name_longer_than_the_limit_is_refused()
    {
        var name = new string('n', 2_000);

        var error = PlanJson.Read(Head + "],\"" + name + "\":1}}", new PlanReadOptions { MaxStringLength = 1_000 }).Errors.Should().ContainSingle().Subject;

        error.Path.Should().Be("$.plan");
        error.Message.Should().Be("A member name here is 2,000 characters long; the limit is 1,000 (PlanReadOptions.MaxStringLength).");
    }

    [Fact]
    public void VAL4_an_unknown_member_name_of_exactly_the_limit_is_kept()
    {
        var name = new string('n', 1_000);

        var plan = PlanJson.Read(Head + "],\"" + name + "\":1}}", new PlanReadOptions { MaxStringLength = 1_000 }).Document!.Plan;

        plan.Extensions[name].GetInt32().Should().Be(1);
    }

    [Fact]
    public void VAL4_trailing_text_after_the_document_is_not_called_truncation()
    {
        var error = PlanJson.Read(Samples.FormatExampleText + " x").Errors.Should().ContainSingle().Subject;

        error.Message.Should().Contain("invalid after a single JSON value").And.NotContain("truncated");
    }

    [Fact]
    public void VAL4_a_hundred_thousand_errors_are_listed_up_to_a_thousand_then_counted()
    {
        var text = Head + string.Join(',', Enumerable.Repeat("{}", 100_000)) + "]}}";

        var errors = PlanJson.Read(text).Errors;

        errors.Should().HaveCount(1001);
        errors[^1].Message.Should().Be("... and 199,000 more errors like these, not listed one by one.");
        errors[0].Location.Should().Be(new JsonLocation(1, 103));
        errors[999].Location!.Value.Column.Should().BeGreaterThan(errors[0].Location!.Value.Column);
    }

    [Fact]
    public void VAL4_errors_past_a_thousand_are_counted_whatever_the_depth_they_are_found_at()
    {
        // The count is passed up one object at a time: from the delivery plans to the document is one step, from the
        // themes through the plan (the test above) two. 400 empty delivery plans lack 3 members each: 1,200 errors.
        var node = Samples.FormatExampleNode();
        node["deliveryPlans"] = new JsonArray([.. Enumerable.Range(0, 400).Select(_ => (JsonNode)new JsonObject())]);

        var errors = PlanJson.Read(node.ToJsonString()).Errors;

        errors.Should().HaveCount(1001);
        errors[999].Path.Should().Be("$.deliveryPlans[333].id");
        errors[^1].Message.Should().Be("... and 200 more errors like these, not listed one by one.");
    }

    [Fact]
    public void VAL4_a_string_over_the_document_limit_is_refused_before_it_is_encoded()
    {
        var result = PlanJson.Read(Samples.FormatExampleText, new PlanReadOptions { MaxDocumentBytes = 100 });

        result.Errors.Should().ContainSingle().Which.Message.Should().Contain("larger than 100 bytes");
    }

    [Fact]
    public void VAL4_a_seekable_stream_over_the_limit_is_refused_without_reading_it()
    {
        using var stream = new UnreadableStream(length: 5_000);

        var result = PlanJson.Read(stream, new PlanReadOptions { MaxDocumentBytes = 1_000 });

        result.Errors.Should().ContainSingle().Which.Message.Should().Contain("larger than 1,000 bytes");
    }

    [Fact]
    public void VAL4_read_depth_is_capped_where_documents_can_still_be_written()
    {
        var act = () => new PlanReadOptions { MaxDepth = PlanReadOptions.DepthCeiling + 1 };

        act.Should().Throw<ArgumentOutOfRangeException>();
        var deep = new string('[', 990) + new string(']', 990);
        var deepOptions = new PlanReadOptions { MaxDepth = PlanReadOptions.DepthCeiling };
        var document = PlanJson.Read(Encoding.UTF8.GetBytes(Head + "],\"x-deep\":" + deep + "}}"), deepOptions).GetDocumentOrThrow();
        PlanJson.Read(PlanJson.Write(document), deepOptions).GetDocumentOrThrow().Should().Be(document);
    }

    /// <summary>A seekable stream that says how long it is but fails if anyone reads it.</summary>
    private sealed class UnreadableStream(long length) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("The stream was read although it is over the limit.");

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

public class ModelHardeningTests
{
    [Fact]
    public void Model_lists_refuse_null_items()
    {
        var act = () => new StrategicPlanning.Model.Plan
        {
            Id = "p", Title = "P", Start = new NodaTime.LocalDate(2024, 4, 1), End = new NodaTime.LocalDate(2025, 3, 31), Themes = [null!],
        };

        act.Should().Throw<ArgumentException>().WithMessage("*null at index 0*");
    }

    [Fact]
    public void Model_enums_refuse_values_that_name_no_member()
    {
        var act = () => new StrategicPlanning.Model.Measure
        {
            Id = "m", Title = "M", Polarity = (StrategicPlanning.Model.Polarity)99, Frequency = StrategicPlanning.Model.MeasureFrequency.Annual,
        };

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*99 is not a Polarity*");
    }

    [Fact]
    public void An_extension_member_needs_a_value()
    {
        var act = () => StrategicPlanning.Core.ExtensionMembers.From([KeyValuePair.Create("x", default(System.Text.Json.JsonElement))]);

        act.Should().Throw<ArgumentException>().WithMessage("*'x' has no value*");
    }

    [Fact]
    public void JSN2_writing_an_extension_member_named_like_a_known_member_is_refused_not_written_twice()
    {
        using var json = System.Text.Json.JsonDocument.Parse("\"shadow\"");
        var document = Samples.FormatExample();
        var clashing = document with { Plan = document.Plan with { Extensions = StrategicPlanning.Core.ExtensionMembers.From([KeyValuePair.Create("id", json.RootElement)]) } };

        var act = () => PlanJson.Write(clashing);

        act.Should().Throw<InvalidOperationException>().WithMessage("*'id'*twice*");
    }
}

public class ValidationHardeningTests
{
    [Fact]
    public void FIN7_numbers_beyond_ten_to_the_fifteen_are_reported_not_overflowed()
    {
        var document = Samples.FormatExampleWith(d =>
        {
            d.Action()["funding"]!.AsArray().Add(new JsonObject { ["lineId"] = "cap.transport", ["year"] = "2024/25", ["amount"] = 79228162514264337593543950335m });
            d.Action()["funding"]!.AsArray().Add(new JsonObject { ["lineId"] = "cap.transport", ["year"] = "2024/25", ["amount"] = 79228162514264337593543950335m });
            d.Line()["amounts"]![0]!["amount"] = -79228162514264337593543950335m;
            d.Measure()["actuals"]![0]!["value"] = -79228162514264337593543950335m;
        });

        var result = PlanValidator.Validate(document);

        result.Issues.Where(i => i.Code == ValidationCodes.ValueOutOfRange).Select(i => i.Path).Should().BeEquivalentTo(
            "$.plan.themes[0].outcomes[0].measures[0].actuals[0].value",
            "$.deliveryPlans[0].actions[0].funding[1].amount",
            "$.deliveryPlans[0].actions[0].funding[2].amount",
            "$.financialStrategy.lines[0].amounts[0].amount");
    }

    [Fact]
    public void VAL3_negative_weights_alone_are_reported_as_none_positive()
    {
        var result = PlanValidator.Validate(Samples.FormatExampleWith(d => d["plan"]!["themes"]![0]!["weight"] = -1));

        result.Issues.Single(i => i.Code == ValidationCodes.NoPositiveWeight).Message.Should().StartWith("The only one of the themes of the plan has no positive weight; at least one must be positive");
    }

    [Theory]
    [InlineData("1.00", null)]
    [InlineData("1.2", ValidationCodes.NewerFormatVersion)]
    [InlineData("2.0", ValidationCodes.UnsupportedFormatVersion)]
    [InlineData("one", ValidationCodes.UnsupportedFormatVersion)]
    public void JSN1_format_versions_are_compared_as_numbers(string version, string? code)
    {
        var result = PlanValidator.Validate(Samples.FormatExample() with { SchemaVersion = version });

        result.Issues.Select(i => i.Code).Should().Equal(code is null ? [] : [code]);
    }

    [Fact]
    public void VAL2_a_long_list_of_repeated_references_is_checked_in_linear_time()
    {
        var ids = new JsonArray(Enumerable.Range(0, 50_000).Select(_ => (JsonNode?)JsonValue.Create("green")).ToArray());

        var result = PlanValidator.Validate(Samples.FormatExampleWith(d => d.Risk()["themeIds"] = ids));

        result.Issues.Should().HaveCount(49_999).And.OnlyContain(i => i.Code == ValidationCodes.RepeatedReference);
    }
}
