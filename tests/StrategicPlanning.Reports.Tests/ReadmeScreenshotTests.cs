using System.Security.Cryptography;
using System.Text;
using StrategicPlanning.Reports.Tests.Support;

namespace StrategicPlanning.Reports.Tests;

/// <summary>The README shows a screenshot of the report; it must be of the report as the code renders it now.</summary>
public class ReadmeScreenshotTests
{
    [Fact]
    public void The_README_screenshot_was_taken_of_the_current_quarterly_report()
    {
        var images = Path.Combine(DerbyReports.RepositoryRoot, "docs", "images");
        var recorded = File.ReadAllText(Path.Combine(images, "cabinet-report.html.sha256")).Trim();
        var current = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(DerbyReports.Quarterly)));

        File.Exists(Path.Combine(images, "cabinet-report.png")).Should().BeTrue();
        current.Should().Be(recorded,
            "docs/images/cabinet-report.png must show the report as rendered now; after changing the report, refresh it with " +
            "SPLAN_UPDATE_SCREENSHOT=1 dotnet test tests/StrategicPlanning.Reports.Tests --filter FullyQualifiedName~Browser");
    }
}
