using System.Globalization;
using System.Runtime.CompilerServices;

namespace StrategicPlanning.StratML;

/// <summary>
/// The notes of one import or export, bounded: the first <see cref="PerKind"/> notes of each kind are listed with
/// their path, then one note, where the first unlisted one was, gives how many more there were. A kind is the place in
/// the code that makes the note, so different texts from the same check count together. A document with a million
/// odd results gives a thousand notes on them, not a million, and a path is worked out only for a note kept.
/// </summary>
internal sealed class NoteList
{
    /// <summary>The most notes of one kind listed one by one.</summary>
    public const int PerKind = 1000;

    private readonly List<Entry> entries = [];
    private readonly Dictionary<(string File, int Line), Kind> kinds = [];

    /// <summary>Adds a note at a path (an XPath at import, a JSON path at export), made at the given line of code.</summary>
    /// <returns>Whether the note is listed one by one (false once its kind has <see cref="PerKind"/>).</returns>
    public bool Add(string at, string message, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        if (!kinds.TryGetValue((file, line), out var kind))
        {
            kinds[(file, line)] = kind = new Kind();
        }

        kind.Count++;
        if (kind.Count <= PerKind)
        {
            entries.Add(new Entry(at, message, null));
            return true;
        }

        if (kind.Count == PerKind + 1)
        {
            entries.Add(new Entry(at, null, kind));
        }

        return false;
    }

    /// <summary>Whether a note made at the given line of code would be listed one by one.</summary>
    public bool Lists(string file, int line) =>
        !kinds.TryGetValue((file, line), out var kind) || kind.Count < PerKind;

    /// <summary>Whether a note made at the given line of code would be kept: listed, or the one that counts the rest.</summary>
    public bool Keeps(string file, int line) =>
        !kinds.TryGetValue((file, line), out var kind) || kind.Count <= PerKind;

    /// <summary>The notes in the order they were made, each with its path.</summary>
    public List<StratMLNote> ToNotes()
    {
        var notes = new List<StratMLNote>(entries.Count);
        foreach (var (at, message, kind) in entries)
        {
            notes.Add(new StratMLNote(at, message ?? string.Create(CultureInfo.InvariantCulture,
                $"{kind!.Count - PerKind:N0} more notes of this kind, from here on, are not listed: only the first {PerKind:N0} of each kind are.")));
        }

        return notes;
    }

    private sealed record Entry(string At, string? Message, Kind? Overflow);

    private sealed class Kind
    {
        public int Count { get; set; }
    }
}
