using System.Diagnostics;

namespace StrategicPlanning.Spreadsheets.Tests.Independent;

/// <summary>
/// The readers that are not .NET: Python's openpyxl (Debian's python3-openpyxl) and LibreOffice Calc headless
/// (libreoffice-calc-nogui). Tests that need one are skipped with the install command when it is missing.
/// </summary>
internal static class ExternalTools
{
    public const string OpenpyxlMissing =
        "python3-openpyxl is not installed: run `sudo apt-get install -y python3-openpyxl` (Debian) to check the workbooks with openpyxl";

    public const string SofficeMissing =
        "LibreOffice is not installed: run `sudo apt-get install -y libreoffice-calc-nogui` (Debian) to convert a return with LibreOffice Calc";

    private static readonly Lazy<string?> Python = new(() =>
        new[] { "/usr/bin/python3", "python3" }.FirstOrDefault(p => Run(p, ["-c", "import openpyxl"], TimeSpan.FromSeconds(30)).Exit == 0));

    private static readonly Lazy<string?> Soffice = new(() =>
        new[] { "/usr/bin/soffice", "/usr/bin/libreoffice", "soffice" }.FirstOrDefault(p => Run(p, ["--version"], TimeSpan.FromSeconds(60)).Exit == 0));

    /// <summary>Gets a python3 that imports openpyxl (Debian's /usr/bin/python3 first), or null.</summary>
    public static string? PythonWithOpenpyxl => Python.Value;

    /// <summary>Gets LibreOffice's soffice, or null.</summary>
    public static string? LibreOffice => Soffice.Value;

    /// <summary>Runs a program to its end (or kills it after <paramref name="timeout"/>); exit -1 when it cannot start.</summary>
    public static (int Exit, string Output, string Error) Run(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, string.Empty, ex.Message);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                return (-1, string.Empty, $"{program} did not finish within {timeout}");
            }

            return (process.ExitCode, output.Result, error.Result);
        }
    }
}
