using System.Globalization;
using System.Text.Json.Nodes;
using StrategicPlanning.Json;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Json;

/// <summary>
/// FIN-7 and VAL-4 on numbers as written in the text: a number is read exactly or refused, never rounded; a whole
/// number may carry a zero fraction or an exponent, within the range of a 32-bit integer.
/// </summary>
public class NumberReadTests
{
    private const string NotExact = "The number cannot be held exactly as a decimal, and it is never rounded: use at most 28 decimal places and 28 significant digits, within ±79,228,162,514,264,337,593,543,950,335.";
    private const string Likelihood = "$.riskRegister.risks[0].inherent.likelihood";

    /// <summary>The format example with one number replaced by raw JSON text, kept as written (JsonNode.Parse keeps the text).</summary>
    private static PlanReadResult ReadWith(Func<JsonObject, JsonObject> parent, string member, string number)
    {
        var node = Samples.FormatExampleNode();
        parent(node)[member] = JsonNode.Parse(number);
        return PlanJson.Read(node.ToJsonString());
    }

    private static PlanReadResult WithAmount(string number) => ReadWith(d => d.Line()["amounts"]![0]!.AsObject(), "amount", number);

    private static PlanReadResult WithLikelihood(string number) => ReadWith(d => d.Risk()["inherent"]!.AsObject(), "likelihood", number);

    [Theory]
    [InlineData("1e2", "100")]
    [InlineData("2.50E+1", "25")]
    [InlineData("1234567890123456789012345678", "1234567890123456789012345678")] // 28 digits: held exactly
    public void FIN7_a_number_a_decimal_holds_is_read_exactly_however_it_is_written(string text, string amount) =>
        WithAmount(text).GetDocumentOrThrow().FinancialStrategy!.Lines[0].Amounts[0].Amount.Should().Be(decimal.Parse(amount, CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("0.00000000000000000000000000001")] // 1e-29: 29 decimal places; a decimal would make it 0
    [InlineData("0.99999999999999999999999999999")] // 29 nines: a decimal would make it 1
    [InlineData("1e-29")]
    public void FIN7_a_number_a_decimal_would_round_is_refused_at_its_place(string text)
    {
        var error = WithAmount(text).Errors.Should().ContainSingle().Subject;

        (error.Path, error.Message).Should().Be(("$.financialStrategy.lines[0].amounts[0].amount", NotExact));
    }

    [Theory]
    [InlineData("2147483647.0", int.MaxValue)]
    [InlineData("-2147483648.0", int.MinValue)]
    [InlineData("4e0", 4)]
    [InlineData("40e-1", 4)]
    public void VAL4_a_whole_number_may_have_a_zero_fraction_or_an_exponent(string text, int likelihood) =>
        WithLikelihood(text).GetDocumentOrThrow().RiskRegister!.Risks[0].Inherent.Likelihood.Should().Be(likelihood);

    [Theory]
    [InlineData("2147483648.0")]
    [InlineData("-2147483649.0")]
    [InlineData("4.5")]
    public void VAL4_a_number_that_is_not_a_32_bit_whole_number_is_refused_with_the_range(string text)
    {
        var error = WithLikelihood(text).Errors.Should().ContainSingle().Subject;

        (error.Path, error.Message).Should().Be((Likelihood, "Expected a whole number between -2,147,483,648 and 2,147,483,647."));
    }
}
