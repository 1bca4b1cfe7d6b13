using System.Text;
using NodaTime;
using OpenQA.Selenium;
using StrategicPlanning.Calendar;
using StrategicPlanning.Model;
using StrategicPlanning.Reports.Tests.Support;

namespace StrategicPlanning.Reports.Tests.Browser;

/// <summary>
/// In a real browser, a right-to-left override left open in a document's commentary does not reverse the words the
/// report writes after it (issue 14, point 15).
/// </summary>
public class BidiRenderingTests
{
    private const string Script = """
        const cell = [...document.querySelectorAll('td')].find(td => td.textContent.includes('Overdue milestones'));
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.data.indexOf('Overdue');
          if (at < 0) continue;
          const left = i => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1); return r.getBoundingClientRect().left; };
          return [left(at), left(at + 1), left(at + 6)];
        }
        return null;
        """;

    [SkippableFact]
    public void An_override_left_open_in_commentary_does_not_reverse_the_reports_words_after_it()
    {
        Skip.IfNot(HeadlessChromium.IsInstalled, HeadlessChromium.SkipReason);
        var document = SmallPlan.Build();
        var action = document.DeliveryPlans[0].Actions[0];
        action = action with
        {
            Updates = [action.Updates[0] with { Commentary = "Lease fell through.\u202E" }],
            Milestones = [new Milestone { Id = "ms1", Title = "Sign the lease", Due = new LocalDate(2024, 6, 30) }],
        };
        document = document with { DeliveryPlans = [document.DeliveryPlans[0] with { Actions = [action] }] };
        var html = CabinetReports.Quarterly(document, ReportingCalendar.Default.Parse("2024/25 Q2")).GetValueOrThrow();

        using var chromium = HeadlessChromium.Start();
        var folder = Directory.CreateTempSubdirectory("splan-bidi-");
        try
        {
            var path = Path.Combine(folder.FullName, "bidi.html");
            File.WriteAllText(path, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            chromium.Driver.Navigate().GoToUrl(new Uri(path).AbsoluteUri);

            var lefts = ((IEnumerable<object>)((IJavaScriptExecutor)chromium.Driver).ExecuteScript(Script)!).Select(Convert.ToDouble).ToList();

            lefts.Should().BeInAscendingOrder("'Overdue' reads left to right: O, then v, then the final e");
            lefts[2].Should().BeGreaterThan(lefts[0]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
