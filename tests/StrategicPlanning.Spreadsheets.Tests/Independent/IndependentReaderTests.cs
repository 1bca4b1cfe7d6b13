using System.Text.Json;
using StrategicPlanning.Spreadsheets.Tests.Writing;

namespace StrategicPlanning.Spreadsheets.Tests.Independent;

/// <summary>
/// Every workbook the library writes, opened by readers that are not ours: openpyxl checks the values, the data
/// validation, the protection and the hidden identity; LibreOffice Calc converts one to CSV without error.
/// </summary>
public sealed class IndependentReaderTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("splan-return-");

    public void Dispose() => folder.Delete(recursive: true);

    private JsonElement ReadWithOpenpyxl(string quarter, string? owner)
    {
        var path = Path.Combine(folder.FullName, "return.xlsx");
        File.WriteAllBytes(path, ReturnSamples.Xlsx(ReturnSamples.Derby, quarter, owner));
        var script = Path.Combine(AppContext.BaseDirectory, "Independent", "read_return.py");
        var (exit, output, error) = ExternalTools.Run(ExternalTools.PythonWithOpenpyxl!, [script, path], TimeSpan.FromSeconds(60));
        exit.Should().Be(0, error);
        error.Should().BeEmpty("openpyxl warns about nothing in a workbook we wrote");
        return JsonDocument.Parse(output).RootElement;
    }

    private static List<List<string?>> Rows(JsonElement table, string what = "rows") =>
        [.. table.GetProperty(what).EnumerateArray().Select(row => row.EnumerateArray().Select(Text).ToList())];

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };

    [SkippableFact]
    public void Openpyxl_reads_the_sheets_in_order_with_the_identity_hidden_and_named()
    {
        Skip.If(ExternalTools.PythonWithOpenpyxl is null, ExternalTools.OpenpyxlMissing);

        var found = ReadWithOpenpyxl("2024/25 Q3", owner: null);

        found.GetProperty("sheets").EnumerateArray().Select(s => s.GetString()).Should().Equal("Instructions", "Measures", "Actions", "Risks", "Return");
        found.GetProperty("states").GetProperty("Return").GetString().Should().Be("hidden");
        found.GetProperty("states").GetProperty("Measures").GetString().Should().Be("visible");
        Rows(found.GetProperty("tables").GetProperty("Return")).Should().BeEquivalentTo(
            new List<List<string?>>
            {
                new() { "Key", "Value" },
                new() { "Format", "StrategicPlanning return 1" },
                new() { "Plan id", "council-plan-2022-25" },
                new() { "Quarter", "2024/25 Q3" },
                new() { "Owner", null },
                new() { "Made from", ReturnLayout.MadeFrom(ReturnSamples.Derby) },
            },
            o => o.WithStrictOrdering());
        var names = found.GetProperty("names");
        names.GetProperty("SP.Plan").GetString().Should().Be("'Return'!$B$3");
        names.GetProperty("SP.Quarter").GetString().Should().Be("'Return'!$B$4");
        names.GetProperty("SP.Owner").GetString().Should().Be("'Return'!$B$5");
        names.GetProperty("SP.MadeFrom").GetString().Should().Be("'Return'!$B$6");
    }

    [SkippableFact]
    public void Openpyxl_reads_the_values_as_written_text_as_text_numbers_and_dates_as_such()
    {
        Skip.If(ExternalTools.PythonWithOpenpyxl is null, ExternalTools.OpenpyxlMissing);

        var tables = ReadWithOpenpyxl("2024/25 Q3", owner: null).GetProperty("tables");

        var measures = Rows(tables.GetProperty("Measures"));
        measures.Should().HaveCount(42);
        measures.Single(r => r[0] == "m.recycling").Should().Equal(
            "m.recycling", "Household waste sent for reuse, recycling or composting", "Green city", "Less waste and more recycling", "Head of Waste", "%",
            "higher is better", "2024/25 Q3", "41", "2023/24 Q3: 36.1; 2023/24 Q4: 36.1; 2024/25 Q1: 36.0; 2024/25 Q2: 37.0", null, null);
        Rows(tables.GetProperty("Measures"), "types").Skip(1).Should().OnlyContain(r => r[0] == "s" && r[8] != "f");
        var actions = Rows(tables.GetProperty("Actions"));
        actions.Single(r => r[0] == "a.cycle-routes").Should().Equal(
            "a.cycle-routes", "Deliver new cycle and walking routes", "Director of Place", "2025-03-31", "on track, 70% complete, 2024-12-31", null, null, null, null);
        Rows(tables.GetProperty("Risks")).Single(r => r[0] == "r.budget-gap").Take(6).Should().Equal(
            "r.budget-gap", "Unable to close the medium-term budget gap", "threat", "Strategic Director of Corporate Resources", "4", "4");
    }

    [SkippableFact]
    public void Openpyxl_finds_every_sheet_protected_with_only_the_input_cells_unlocked()
    {
        Skip.If(ExternalTools.PythonWithOpenpyxl is null, ExternalTools.OpenpyxlMissing);

        var tables = ReadWithOpenpyxl("2024/25 Q3", owner: null).GetProperty("tables");

        foreach (var sheet in new[] { "Instructions", "Measures", "Actions", "Risks", "Return" })
        {
            tables.GetProperty(sheet).GetProperty("protected").GetBoolean().Should().BeTrue(sheet);
        }

        Unlocked(tables.GetProperty("Measures")).Should().Equal(false, false, false, false, false, false, false, false, false, false, true, true);
        Unlocked(tables.GetProperty("Actions")).Should().Equal(false, false, false, false, false, true, true, true, true);
        Unlocked(tables.GetProperty("Risks")).Should().Equal(false, false, false, false, false, false, true, true, true, true);
        tables.GetProperty("Measures").GetProperty("locked").EnumerateArray().First().EnumerateArray().Should().OnlyContain(c => c.GetBoolean(), "the header is locked");
    }

    private static List<bool> Unlocked(JsonElement table)
    {
        var rows = table.GetProperty("locked").EnumerateArray().Skip(1).Select(r => r.EnumerateArray().Select(c => !c.GetBoolean()).ToList()).ToList();
        rows.Should().OnlyContain(r => r.SequenceEqual(rows[0]), "every row has the same input cells");
        return rows[0];
    }

    [SkippableFact]
    public void Openpyxl_finds_data_validation_on_every_input_column_over_every_row()
    {
        Skip.If(ExternalTools.PythonWithOpenpyxl is null, ExternalTools.OpenpyxlMissing);

        var tables = ReadWithOpenpyxl("2024/25 Q4", owner: null).GetProperty("tables");

        Validations(tables.GetProperty("Measures")).Should().Equal(
            "decimal between -1000000000000000..1000000000000000 K2:K44",
            "textLength between 0..4000 L2:L44"); // 35 quarterly, 2 monthly × 3, 2 annual
        Validations(tables.GetProperty("Actions")).Should().Equal(
            "list  \"not started,on track,at risk,off track,completed,deferred,cancelled\".. F2:F39",
            "whole between 0..100 G2:G39",
            "textLength between 0..4000 H2:H39",
            "date between 45658..45747 I2:I39"); // 2025-01-01 to 2025-03-31
        Validations(tables.GetProperty("Risks")).Should().Equal(
            "whole between 1..5 G2:G14",
            "whole between 1..5 H2:H14",
            "textLength between 0..4000 I2:I14",
            "date between 45658..45747 J2:J14");
        tables.GetProperty("Actions").GetProperty("validations").EnumerateArray().Should().OnlyContain(v => v.GetProperty("allowBlank").GetBoolean());
    }

    private static List<string> Validations(JsonElement table) =>
        [.. table.GetProperty("validations").EnumerateArray().Select(v =>
            $"{Text(v.GetProperty("type"))} {Text(v.GetProperty("operator"))} {Text(v.GetProperty("formula1"))}..{Text(v.GetProperty("formula2"))} {Text(v.GetProperty("sqref"))}")];

    [SkippableFact]
    public void Openpyxl_reads_an_owners_return_with_the_owner_in_the_identity_and_only_their_rows()
    {
        Skip.If(ExternalTools.PythonWithOpenpyxl is null, ExternalTools.OpenpyxlMissing);

        var tables = ReadWithOpenpyxl("2024/25 Q4", owner: "Head of Waste").GetProperty("tables");

        Rows(tables.GetProperty("Return"))[4].Should().Equal("Owner", "Head of Waste");
        Rows(tables.GetProperty("Measures")).Skip(1).Select(r => (r[0], r[7])).Should().Equal(
            ("m.recycling", "2024/25 Q4"), ("m.residual-waste", "2024/25 Q4"), ("m.fly-tipping", "2024/25 Q4"),
            ("m.missed-bins", "2025-01"), ("m.missed-bins", "2025-02"), ("m.missed-bins", "2025-03"));
        Rows(tables.GetProperty("Actions")).Skip(1).Select(r => r[0]).Should().Equal("a.food-waste");
        Rows(tables.GetProperty("Risks")).Should().ContainSingle("an owner with no risk gets the header only");
        tables.GetProperty("Risks").GetProperty("validations").GetArrayLength().Should().Be(0);
    }

    [SkippableFact]
    public void LibreOffice_Calc_converts_a_return_to_csv_without_error()
    {
        Skip.If(ExternalTools.LibreOffice is null, ExternalTools.SofficeMissing);
        var path = Path.Combine(folder.FullName, "q3.xlsx");
        File.WriteAllBytes(path, ReturnSamples.Xlsx(ReturnSamples.Derby, "2024/25 Q3"));
        var profile = new Uri(Path.Combine(folder.FullName, "profile")).AbsoluteUri;

        // Filter options: comma, double quote, UTF-8, from line 1; the last token (-1) writes every sheet to NAME-SHEET.csv.
        var (exit, output, error) = ExternalTools.Run(
            ExternalTools.LibreOffice!,
            ["-env:UserInstallation=" + profile, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", folder.FullName, path],
            TimeSpan.FromMinutes(3));

        exit.Should().Be(0, output + error);
        var measures = File.ReadAllLines(Path.Combine(folder.FullName, "q3-Measures.csv"));
        measures.Should().HaveCount(42);
        measures[0].Should().Be("Measure id,Measure,Theme,Outcome,Owner,Unit,Better,Period,Target,Earlier actuals,Actual,Commentary");
        measures.Should().Contain("m.recycling,\"Household waste sent for reuse, recycling or composting\",Green city,Less waste and more recycling,Head of Waste,%,higher is better,2024/25 Q3,41,2023/24 Q3: 36.1; 2023/24 Q4: 36.1; 2024/25 Q1: 36.0; 2024/25 Q2: 37.0,,");
        File.ReadAllLines(Path.Combine(folder.FullName, "q3-Actions.csv")).Should().Contain(l => l.StartsWith("a.cycle-routes,Deliver new cycle and walking routes,Director of Place,2025-03-31,", StringComparison.Ordinal));
        File.ReadAllLines(Path.Combine(folder.FullName, "q3-Return.csv")).Should().Contain("Quarter,2024/25 Q3");
    }
}
