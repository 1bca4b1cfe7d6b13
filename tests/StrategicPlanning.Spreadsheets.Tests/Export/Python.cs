using System.Diagnostics;

namespace StrategicPlanning.Spreadsheets.Tests.Export;

/// <summary>
/// Debian's /usr/bin/python3 (where apt-get puts python3-pandas and python3-openpyxl) when there is one, else python3 on
/// the PATH (a pyenv build first on the PATH may lack Debian's modules), and whether it has a module.
/// </summary>
internal static class Python
{
    private static readonly string Program = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    public static bool Has(string? module) => Try(module is null ? "pass" : "import " + module) == 0;

    public static string Missing(string? module) => module is null
        ? "python3 is not installed: install it (Debian: sudo apt-get install -y python3) to check the tables with Python's csv module"
        : $"Python's {module} is not installed: install it (Debian: sudo apt-get install -y python3-{module}) to check the tables with it";

    public static string Run(string script, IEnumerable<string> arguments)
    {
        using var process = Start(script, arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.Should().Be(0, error);
        return output.Result;
    }

    private static int Try(string script)
    {
        try
        {
            using var process = Start(script, []);
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1; // no python3
        }
    }

    private static Process Start(string script, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(Program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return Process.Start(info)!;
    }
}
