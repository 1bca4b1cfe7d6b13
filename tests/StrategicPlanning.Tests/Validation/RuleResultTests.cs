using StrategicPlanning.Validation;

namespace StrategicPlanning.Tests.Validation;

/// <summary>The one value-or-errors type every front door and the Cabinet reports return.</summary>
public class RuleResultTests
{
    private static readonly ValidationIssue Error = new(ValidationCodes.InvalidCurrency, ValidationSeverity.Error, ValidationArea.Finance, "$.currency", "The currency 'x' is not an ISO 4217 code.");

    [Fact]
    public void A_value_succeeds_with_no_errors()
    {
        var result = RuleResult<string>.ForValue("done");

        result.Succeeded.Should().BeTrue();
        result.Value.Should().Be("done");
        result.Errors.Should().BeEmpty();
        result.GetValueOrThrow().Should().Be("done");
    }

    [Fact]
    public void A_refusal_has_no_value_and_throws_with_what_could_not_be_done_and_every_error()
    {
        var result = RuleResult<string>.ForErrors("The report could not be written", [Error, Error with { Path = "$.plan" }]);

        result.Succeeded.Should().BeFalse();
        result.Value.Should().BeNull();
        result.Errors.Should().HaveCount(2);
        result.Invoking(r => r.GetValueOrThrow()).Should().Throw<InvalidOperationException>()
            .WithMessage("The report could not be written: error SP1505 $.currency: The currency 'x' is not an ISO 4217 code.; error SP1505 $.plan: *");
    }

    [Fact]
    public void A_refusal_needs_at_least_one_error_and_a_value_cannot_be_null()
    {
        var noErrors = () => RuleResult<string>.ForErrors("Nothing", []);
        var noValue = () => RuleResult<string>.ForValue(null!);

        var noRefusal = () => RuleResult<string>.ForErrors(null!, [Error]);

        noErrors.Should().Throw<ArgumentException>().WithMessage("A refusal needs at least one error.*").Which.ParamName.Should().Be("errors");
        noValue.Should().Throw<ArgumentNullException>();
        noRefusal.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("refusal");
    }
}
