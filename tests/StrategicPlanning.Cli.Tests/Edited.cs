using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StrategicPlanning.Cli.Tests;

/// <summary>
/// Test documents edited as parsed JSON trees, never as text. A text replacement whose pattern no longer matches
/// (after a change of spacing or member order) silently leaves the document as it was and turns the test into a
/// different one; an edit on the tree names its node, throws when the node is missing, and is refused when it
/// changes nothing.
/// </summary>
internal static class Edited
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The format example with <paramref name="edit"/> applied, in a temporary file.</summary>
    public static Splan.TempFile FormatExample(Action<JsonObject> edit) => File(Splan.FormatExample, edit);

    /// <summary>The JSON document at <paramref name="path"/> with <paramref name="edit"/> applied, in a temporary file.</summary>
    public static Splan.TempFile File(string path, Action<JsonObject> edit) => Splan.Write(Text(path, edit));

    /// <summary>The JSON document at <paramref name="path"/> with <paramref name="edit"/> applied, as indented text.</summary>
    public static string Text(string path, Action<JsonObject> edit)
    {
        var document = JsonNode.Parse(System.IO.File.ReadAllText(path))!.AsObject();
        var before = document.ToJsonString();
        edit(document);
        if (document.ToJsonString() == before)
        {
            throw new InvalidOperationException($"The edit of {Path.GetFileName(path)} changed nothing: the test would test the unedited document.");
        }

        return document.ToJsonString(Indented);
    }

    /// <summary>The line (1-based) of the only line of <paramref name="text"/> containing <paramref name="fragment"/>.</summary>
    public static int LineOf(string text, string fragment)
    {
        var lines = text.Split('\n');
        var found = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains(fragment, StringComparison.Ordinal)).ToArray();
        if (found.Length != 1)
        {
            throw new InvalidOperationException($"'{fragment}' is on {found.Length} lines, not one.");
        }

        return found[0] + 1;
    }

    /// <summary>The first theme of the plan.</summary>
    public static JsonObject Theme(this JsonObject document) => document["plan"]!["themes"]![0]!.AsObject();

    /// <summary>The first measure of the first outcome of the first theme.</summary>
    public static JsonObject Measure(this JsonObject document) =>
        document.Theme()["outcomes"]![0]!["measures"]![0]!.AsObject();

    /// <summary>The first action of the first delivery plan.</summary>
    public static JsonObject Action(this JsonObject document) => document["deliveryPlans"]![0]!["actions"]![0]!.AsObject();

    /// <summary>The first line of the financial strategy.</summary>
    public static JsonObject Line(this JsonObject document) => document["financialStrategy"]!["lines"]![0]!.AsObject();

    /// <summary>The first risk of the register.</summary>
    public static JsonObject Risk(this JsonObject document) => document["riskRegister"]!["risks"]![0]!.AsObject();

    /// <summary>The first item of <paramref name="array"/> whose <paramref name="member"/> is the string <paramref name="value"/>.</summary>
    public static JsonObject ItemWith(this JsonNode array, string member, string value) =>
        array.AsArray().Single(i => i![member]?.GetValue<string>() == value)!.AsObject();
}
