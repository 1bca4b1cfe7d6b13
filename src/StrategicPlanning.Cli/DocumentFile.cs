using System.Globalization;
using StrategicPlanning.Json;

namespace StrategicPlanning.Cli;

/// <summary>A plan document file as the CLI loads it: its bytes (kept to place issues by line and column) and what reading them gave.</summary>
internal sealed class DocumentFile
{
    private DocumentFile(string path, byte[] bytes, PlanReadResult result)
    {
        Path = path;
        Bytes = bytes;
        Result = result;
    }

    public string Path { get; }

    public byte[] Bytes { get; }

    public PlanReadResult Result { get; }

    /// <summary>
    /// Loads and reads a file (or standard input, <c>-</c>) for a command that needs the document: on failure writes why
    /// to standard error and returns null with exit code 2.
    /// </summary>
    public static Model.PlanDocument? LoadDocument(string path, SplanConsole console, out int exitCode)
    {
        exitCode = ExitCodes.Unusable;
        var file = Load(path, console, out var failure);
        if (file is null)
        {
            console.Error.WriteLine(TerminalText.Safe(failure!));
            return null;
        }

        var document = file.DocumentOrReport(console.Error);
        if (document is not null)
        {
            exitCode = ExitCodes.Success;
        }

        return document;
    }

    /// <summary>
    /// For a command that writes to <c>--out</c>: refuses an <paramref name="outPath"/> that would replace the input or is a
    /// folder (<see cref="OutputFile.Check"/>) before anything is read, then loads the document as
    /// <see cref="LoadDocument(string, SplanConsole, out int)"/> does; on failure writes why and returns null with exit code 2.
    /// </summary>
    public static Model.PlanDocument? LoadDocument(string path, string? outPath, SplanConsole console, out int exitCode)
    {
        if (OutputFile.Check(outPath, path) is { } refused)
        {
            console.Error.WriteLine(TerminalText.Safe(refused));
            exitCode = ExitCodes.Unusable;
            return null;
        }

        return LoadDocument(path, console, out exitCode);
    }

    /// <summary>Reads bytes already loaded (by a command that looked at them first) as a plan document.</summary>
    public static DocumentFile FromBytes(string path, byte[] bytes) => new(path, bytes, PlanJson.Read(bytes));

    /// <summary>The document, or null after writing to <paramref name="error"/> why the bytes are not one (exit code 2).</summary>
    public Model.PlanDocument? DocumentOrReport(TextWriter error)
    {
        if (Result.Succeeded)
        {
            return Result.Document;
        }

        error.WriteLine($"{System.IO.Path.GetFileName(Path)}: cannot be read as a plan document.");
        foreach (var readError in Result.Errors)
        {
            error.WriteLine(TerminalText.Safe(readError.ToString()));
        }

        return null;
    }

    /// <summary>
    /// Says why the library refused a document (validation errors in what a command needs) and returns exit code 1:
    /// one headline naming the file and the count, then each error.
    /// </summary>
    public static int Refused(TextWriter error, string path, string headline, IReadOnlyList<Validation.ValidationIssue> errors)
    {
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{System.IO.Path.GetFileName(path)}: {headline}: {errors.Count} error(s). Run 'splan validate' for every issue."));
        foreach (var issue in errors)
        {
            error.WriteLine(TerminalText.Safe(issue.ToString()));
        }

        return ExitCodes.IssuesFound;
    }

    /// <summary>Loads a file (or standard input, <c>-</c>); on an I/O failure returns null and a message saying what went wrong.</summary>
    public static DocumentFile? Load(string path, SplanConsole console, out string? failure)
    {
        var bytes = InputFile.Read(path, console, out failure);
        return bytes is null ? null : FromBytes(path, bytes);
    }
}
