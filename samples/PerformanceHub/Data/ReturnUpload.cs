namespace PerformanceHub.Data;

/// <summary>A quarterly return as uploaded (the file's bytes, untouched), its change log, and the version it made.</summary>
public sealed class ReturnUpload
{
    public long Id { get; set; }

    public int PlanId { get; set; }

    public required string FileName { get; set; }

    public required byte[] Content { get; set; }

    /// <summary>splan import's change log (JSON) for this upload, merged into <see cref="BasedOnVersion"/>.</summary>
    public required string ChangeLog { get; set; }

    public int BasedOnVersion { get; set; }

    public int ProducedVersion { get; set; }

    public required string UploadedBy { get; set; }

    public DateTime UploadedAtUtc { get; set; }
}
