namespace PerformanceHub.Load;

/// <summary>What a writer meant a save to be, and so which answers are right for it.</summary>
public enum WriteKind
{
    /// <summary>A valid edit of the version just read: 201, or 412 when another writer saved first.</summary>
    Edit,

    /// <summary>A valid edit sent with an If-Match naming an older version on purpose: 412 only.</summary>
    Stale,

    /// <summary>A document splan refuses (malformed JSON or a broken rule): 422, or 412 when the version moved first.</summary>
    Invalid,
}
