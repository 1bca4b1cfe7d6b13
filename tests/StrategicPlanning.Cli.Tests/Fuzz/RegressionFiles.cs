using System.Security.Cryptography;
using System.Text;

namespace StrategicPlanning.Cli.Tests.Fuzz;

/// <summary>
/// The inputs that once failed, kept in Fuzz/Regressions: the input as it was (<c>NAME.json</c>, <c>NAME.xml</c> for
/// StratML, <c>NAME.bin</c> for bytes that are not UTF-8) and next to it <c>NAME.args</c>, the steps it failed, one a line.
/// </summary>
internal static class RegressionFiles
{
    /// <summary>Keeps <paramref name="bytes"/> and the step it failed; returns the input's path.</summary>
    public static string Keep(byte[] bytes, bool isXml, string step)
    {
        Directory.CreateDirectory(FuzzCorpus.Regressions);
        var name = Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];
        var extension = isXml ? ".xml" : IsUtf8(bytes) ? ".json" : ".bin";
        var path = Path.Combine(FuzzCorpus.Regressions, name + extension);
        File.WriteAllBytes(path, bytes);
        var args = Path.Combine(FuzzCorpus.Regressions, name + ".args");
        var steps = File.Exists(args) ? File.ReadAllLines(args).ToList() : [];
        if (!steps.Contains(step))
        {
            steps.Add(step);
        }

        File.WriteAllLines(args, steps);
        return path;
    }

    /// <summary>The steps a kept input failed.</summary>
    public static IReadOnlyList<string> StepsOf(string input)
    {
        var args = Path.ChangeExtension(input, ".args");
        return File.Exists(args) ? [.. File.ReadAllLines(args).Where(line => line.Length > 0)] : [];
    }

    private static bool IsUtf8(byte[] bytes)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
