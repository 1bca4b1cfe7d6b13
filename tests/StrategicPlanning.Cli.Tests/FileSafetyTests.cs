using System.Diagnostics;
using System.Text;

namespace StrategicPlanning.Cli.Tests;

/// <summary>
/// Nothing is lost: a failed write keeps the file that was there, an output never replaces its own input, and every
/// input is read under the same limit, whatever kind of file it is (a pipe, a device, standard input).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class FileSafetyTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("splan-files-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("report", "--quarter", "2024/25 Q2")]
    [InlineData("annual-report", "--year", "2024/25")]
    [InlineData("convert", "--to", "stratml")]
    public void An_output_naming_the_input_is_refused_and_the_input_kept(string command, string option, string value)
    {
        var input = Copy("plan.json");
        var before = File.ReadAllBytes(input);

        var (exit, output, error) = Splan.Run(command, input, option, value, "--out", input);

        exit.Should().Be(2);
        error.Trim().Should().Be($"--out {input}: is the input file; write to another file so the input is kept.");
        output.Should().BeEmpty();
        File.ReadAllBytes(input).Should().Equal(before);
    }

    [Fact]
    public void An_output_reaching_the_input_through_a_link_is_refused_too()
    {
        var input = Copy("plan.json");
        var link = Path.Combine(folder, "link.json");
        File.CreateSymbolicLink(link, input);

        var (exit, _, error) = Splan.Run("report", input, "--quarter", "2024/25 Q2", "--out", link);

        exit.Should().Be(2);
        error.Should().Contain("is the input file");
        File.ReadAllText(input).Should().Be(File.ReadAllText(Splan.FormatExample));
    }

    [Fact]
    public void A_written_file_is_whole_in_bytes_keeps_its_permissions_and_link_and_leaves_no_temporary_file()
    {
        var target = Path.Combine(folder, "report.html");
        File.WriteAllText(target, "old");
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var link = Path.Combine(folder, "latest.html");
        File.CreateSymbolicLink(link, target);

        var (exit, output, error) = Splan.Run("report", Splan.FormatExample, "--quarter", "2024/25 Q2", "--out", link);

        exit.Should().Be(0);
        output.Should().BeEmpty();
        var html = File.ReadAllBytes(target);
        Encoding.UTF8.GetString(html).Should().StartWith("<!DOCTYPE html>").And.EndWith("</html>\n");
        error.Trim().Should().Be($"Wrote {link} ({html.Length / 1024:N0} KB).");
        new FileInfo(link).LinkTarget.Should().Be(target);
        File.GetUnixFileMode(target).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Directory.GetFiles(folder).Select(Path.GetFileName).Should().BeEquivalentTo("report.html", "latest.html");
    }

    [SkippableFact]
    public void A_full_disk_exits_2_and_leaves_the_old_file_and_no_temporary_file()
    {
        var disk = Path.Combine(folder, "disk");
        Directory.CreateDirectory(disk);
        Skip.IfNot(Mount(disk), "mounting a 64 KiB tmpfs needs root; the write failure is then tested by the other cases only");
        try
        {
            var target = Path.Combine(disk, "report.html");
            File.WriteAllText(target, "the report presented last quarter");
            Fill(disk);

            var (exit, _, error) = Splan.Run("report", Splan.FormatExample, "--quarter", "2024/25 Q2", "--out", target);

            exit.Should().Be(2);
            error.Should().StartWith($"{target}: cannot be written: ").And.EndWith("Nothing was changed." + Environment.NewLine);
            File.ReadAllText(target).Should().Be("the report presented last quarter");
            Directory.GetFiles(disk).Select(Path.GetFileName).Should().BeEquivalentTo("report.html", "filler");
        }
        finally
        {
            Process.Start("umount", disk).WaitForExit();
        }
    }

    [Fact]
    public void An_output_folder_that_does_not_exist_exits_2_and_writes_nothing()
    {
        var target = Path.Combine(folder, "missing", "report.html");

        var (exit, _, error) = Splan.Run("report", Splan.FormatExample, "--quarter", "2024/25 Q2", "--out", target);

        exit.Should().Be(2);
        error.Should().StartWith($"{target}: cannot be written: ");
        Directory.GetFileSystemEntries(folder).Should().BeEmpty();
    }

    [Fact]
    public void A_folder_as_input_or_output_says_it_is_a_folder()
    {
        var asInput = Splan.Run("validate", folder);
        var asOutput = Splan.Run("report", Splan.FormatExample, "--quarter", "2024/25 Q2", "--out", folder);

        asInput.Exit.Should().Be(2);
        asInput.Err.Trim().Should().Be($"{folder}: is a directory; give a file.");
        asOutput.Exit.Should().Be(2);
        asOutput.Err.Trim().Should().Be($"--out {folder}: is a directory; give a file name.");
    }

    [SkippableFact]
    public void A_device_with_no_end_is_refused_at_the_limit_while_reading()
    {
        Splan.SkipAgainstBinary("a 1 MiB limit given to SplanConsole; the binary reads up to the library's 1 GiB");
        var (exit, _, error) = Run(Stream.Null, limit: 1 << 20, "validate", "/dev/zero");

        exit.Should().Be(2);
        error.Trim().Should().Be("/dev/zero: longer than 1,048,576 bytes, the most splan reads.");
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("score", "--as-of", "2025-03-31")]
    [InlineData("explain", "--as-of", "2025-03-31", "--node", "green")]
    [InlineData("reviews", "--as-of", "2025-03-31")]
    [InlineData("finance")]
    [InlineData("risks", "--as-of", "2025-03-31")]
    [InlineData("report", "--quarter", "2024/25 Q2")]
    [InlineData("annual-report", "--year", "2024/25")]
    [InlineData("convert", "--to", "stratml")]
    public void Every_command_reads_a_document_from_standard_input_as_dash(string command, params string[] rest)
    {
        var fromFile = Splan.Run([command, Splan.FormatExample, .. rest]);
        using var input = File.OpenRead(Splan.FormatExample);

        var fromInput = Splan.Run(input, [command, "-", .. rest]);

        fromInput.Exit.Should().Be(0);
        fromInput.Out.Should().Be(fromFile.Out.Replace(Path.GetFileName(Splan.FormatExample), "-", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Standard_input_is_read_under_the_same_limit()
    {
        Splan.SkipAgainstBinary("a 64 KiB limit given to SplanConsole; the binary reads up to the library's 1 GiB");
        using var input = new MemoryStream(new byte[(1 << 16) + 1]);

        var (exit, _, error) = Run(input, limit: 1 << 16, "validate", "-");

        exit.Should().Be(2);
        error.Trim().Should().Be("standard input: longer than 65,536 bytes, the most splan reads.");
    }

    [SkippableFact]
    public void A_failed_write_to_standard_output_is_an_input_output_error_not_a_bug()
    {
        Splan.SkipAgainstBinary("a TextWriter that fails; the binary's failed write is Writing_to_a_full_device_exits_2_in_a_real_process");
        using var error = new StringWriter();
        var console = new SplanConsole(() => Stream.Null, new FailingWriter(), error, 1 << 30);

        var exit = SplanApp.Run(["validate", Splan.FormatExample, "--format", "json"], console);

        exit.Should().Be(2);
        error.ToString().Trim().Should().Be("splan: cannot write the output: No space left on device");
    }

    [SkippableFact]
    public void Writing_to_a_full_device_exits_2_in_a_real_process()
    {
        Skip.IfNot(File.Exists("/dev/full"), "needs /dev/full");
        var splan = Splan.Binary is { } binary ? $"'{binary}'" : $"dotnet '{Path.Combine(AppContext.BaseDirectory, "splan.dll")}'";
        var start = new ProcessStartInfo("bash", ["-c", $"{splan} validate '{Splan.FormatExample}' --format json > /dev/full"]) { RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        process.ExitCode.Should().Be(2);
        error.Should().StartWith("splan: cannot write the output: ").And.NotContain("bug");
    }

    private static (int Exit, string Out, string Err) Run(Stream input, long limit, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = SplanApp.Run(args, new SplanConsole(() => input, output, error, limit));
        return (exit, output.ToString(), error.ToString());
    }

    private string Copy(string name)
    {
        var path = Path.Combine(folder, name);
        File.Copy(Splan.FormatExample, path);
        return path;
    }

    private static bool Mount(string path)
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            return false;
        }

        using var mount = Process.Start(new ProcessStartInfo("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", path]) { RedirectStandardError = true })!;
        mount.WaitForExit();
        return mount.ExitCode == 0;
    }

    /// <summary>Fills a file system until a write fails for want of space.</summary>
    private static void Fill(string path)
    {
        var block = new byte[1024];
        try
        {
            using var filler = new FileStream(Path.Combine(path, "filler"), FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
            while (true)
            {
                filler.Write(block);
            }
        }
        catch (IOException)
        {
            // The disk is full, which is what the test needs.
        }
    }

    private sealed class FailingWriter : StringWriter
    {
        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");

        public override void WriteLine(string? value) => throw new IOException("No space left on device");
    }
}
