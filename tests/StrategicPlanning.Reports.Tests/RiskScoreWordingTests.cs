using StrategicPlanning.Reports.Tests.Support;

namespace StrategicPlanning.Reports.Tests;

/// <summary>
/// RSK-2: a register with its own score grid is not described as likelihood × impact. The Derby register with the
/// grid score = likelihood × impact + 1 (lowest score 2, the default bands still valid, RSK-3).
/// </summary>
public class RiskScoreWordingTests
{
    [Fact]
    public void RSK2_a_register_with_its_own_score_grid_is_never_described_as_a_product()
    {
        var document = DerbyReports.Document;
        var register = document.RiskRegister!;
        var grid = Enumerable.Range(1, 5).Select(l => (IReadOnlyList<int>)[.. Enumerable.Range(1, 5).Select(i => (l * i) + 1)]).ToList();
        document = document with { RiskRegister = register with { Matrix = register.Matrix with { Scores = grid } } };

        var html = CabinetReports.Quarterly(document, document.Calendar.Parse(DerbyReports.Quarter)).GetValueOrThrow();

        html.Should().Contain("Scores come from the register&#39;s own grid of likelihood and impact")
            .And.NotContain("Scores are likelihood &#215; impact")
            .And.MatchRegex(@"L4, I4: 17")
            .And.NotMatchRegex(@"\d &#215; \d = \d");
    }

    [Fact]
    public void RSK2_a_multiplicative_register_shows_the_product()
    {
        DerbyReports.Quarterly.Should().Contain("Scores are likelihood &#215; impact").And.Contain("4 &#215; 4 = 16"); // × is encoded
    }
}
