namespace StrategicPlanning.Cli.Tests;

/// <summary>Issue 16, point 4: the text output says statuses in words, ends sentences once, and lines up.</summary>
public class WordingTests
{
    private static string Derby => Path.Combine(Splan.Samples, "derby-council-plan-2022-25.json");

    [Fact]
    public void Explain_says_a_reported_status_in_words_and_ends_a_commentary_with_one_full_stop()
    {
        var (exit, output, _) = Splan.Run("explain", Derby, "--as-of", "2024-06-30", "--node", "a.send-improvement");

        exit.Should().Be(0);
        output.Should().Contain("\nLatest update: 2024-06-30, reported at risk.\n");
    }

    [Fact]
    public void Explain_sets_a_note_in_brackets_without_its_own_full_stop()
    {
        var (exit, output, _) = Splan.Run("explain", Derby, "--as-of", "2024-06-30", "--node", "m.recycling");

        exit.Should().Be(0);
        output.Should().Contain("\nActual: 36 (Garden waste season lifted the rate).\n");
    }

    [Fact]
    public void Risks_show_mitigation_statuses_in_words_and_trends_as_the_html_does()
    {
        var (exit, output, _) = Splan.Run("risks", Derby, "--as-of", "2024-06-30");

        exit.Should().Be(0);
        output.Should().Contain("       High needs (SEND) spending exceeds the grant; target 12; mitigation a.send-improvement: at risk\n");
        output.Should().NotContain("onTrack").And.NotContain("atRisk");
        output.Should().Contain("   20  High      ★ new         threat       r.budget-gap          OUTSIDE (max 12)    due 2024-09-30\n");
        output.Should().Contain("   16  High      ★ new         threat       r.social-care-demand  OUTSIDE (max 12)    due 2024-09-30\n");
    }

    [Fact]
    public void Score_does_not_cut_a_name_the_line_has_room_for()
    {
        var (exit, output, _) = Splan.Run("score", Derby, "--as-of", "2024-06-30");

        exit.Should().Be(0);
        output.Should().Contain("\n  Cleaner air and net zero for the council by 2035      87.50  green ").And.NotContain("…");
    }

    [Fact]
    public void Finance_does_not_cut_a_name_the_line_has_room_for()
    {
        var (exit, output, _) = Splan.Run("finance", Derby);

        exit.Should().Be(0);
        output.Should().NotContain("…");
    }

    [Fact]
    public void Help_lists_the_exit_codes_and_the_formats_in_lower_case_without_a_path_to_the_docs()
    {
        var (_, root, _) = Splan.Run("--help");
        var (_, score, _) = Splan.Run("score", "--help");

        root.Should().Contain("\n    2  the input could not be used (missing or unreadable file, malformed JSON, not a plan document) or the command line is wrong\n");
        score.Should().Contain("--format <text|json>").And.NotContain("Json|Text").And.NotContain("docs/cli.md");
    }

    [Fact]
    public void Format_takes_json_in_lower_case()
    {
        var (exit, output, _) = Splan.Run("score", Derby, "--as-of", "2024-06-30", "--format", "json");

        exit.Should().Be(0);
        output.Should().StartWith("{");
    }
}
