namespace StrategicPlanning.Reports.Tests.Browser;

/// <summary>A word on a printed page and its box, in points from the page's top-left corner.</summary>
internal sealed record PrintedWord(double Left, double Top, double Right, double Bottom, string Text);
