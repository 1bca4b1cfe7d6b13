namespace PerformanceHub.Plans;

/// <summary>
/// A return merged into a version, not yet stored: splan import's change log (JSON), its exit code, and the merged
/// document when the merge has no error (<see cref="Exit"/> 0).
/// </summary>
public sealed record ReturnMerge(int BasedOn, int Exit, string ChangeLog, string Error, string? Merged)
{
    public bool Succeeded => Exit == 0 && Merged is not null;
}
