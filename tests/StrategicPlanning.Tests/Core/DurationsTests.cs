using StrategicPlanning.Core;

namespace StrategicPlanning.Tests.Core;

/// <summary>Durations in words, as every message, report and the command line write them (REV-1, RSK-7).</summary>
public class DurationsTests
{
    [Theory]
    [InlineData("P3M", "3 months")]
    [InlineData("P1M", "1 month")]
    [InlineData("P1Y2M", "1 year and 2 months")]
    [InlineData("P1Y2M3D", "1 year, 2 months and 3 days")]
    [InlineData("P2W", "2 weeks")]
    [InlineData("P0D", "0 days")]
    [InlineData("PT12H", "PT12H")]
    public void A_duration_is_described_in_words(string iso, string expected)
    {
        Durations.Describe(NodaTime.Text.PeriodPattern.Roundtrip.Parse(iso).Value).Should().Be(expected);
    }

    [Fact]
    public void A_null_duration_is_a_programmer_mistake()
    {
        var describe = () => Durations.Describe(null!);

        describe.Should().Throw<ArgumentNullException>();
    }
}
