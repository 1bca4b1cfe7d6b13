using StrategicPlanning.Core;

namespace StrategicPlanning.Tests.Core;

/// <summary>Money in words, exactly (FIN-7): the one way the library, its reports and the command line write amounts.</summary>
public class MoneyTextTests
{
    [Theory]
    [InlineData(1200000, "GBP", "£1,200,000")]
    [InlineData(33333.34, "GBP", "£33,333.34")]
    [InlineData(0.5, "GBP", "£0.50")]
    [InlineData(-0.01, "GBP", "-£0.01")]
    [InlineData(0.0005, "GBP", "£0.0005")]
    [InlineData(12.5, "EUR", "€12.50")]
    [InlineData(1000, "CHF", "CHF 1,000")]
    public void FIN7_money_is_written_as_councils_write_it_and_never_rounded(decimal amount, string currency, string expected)
    {
        MoneyText.Format(amount, currency).Should().Be(expected);
    }
}
