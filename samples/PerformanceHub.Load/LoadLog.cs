using System.Collections.Concurrent;

namespace PerformanceHub.Load;

/// <summary>Everything a run saw: every answered request, every save, every request the hub never answered.</summary>
public sealed class LoadLog
{
    private readonly ConcurrentQueue<Sample> samples = new();
    private readonly ConcurrentQueue<WriteAttempt> writes = new();
    private readonly ConcurrentQueue<string> transportErrors = new();

    /// <summary>The plan's latest version when the run began.</summary>
    public int StartVersion { get; internal set; }

    /// <summary>How long the readers and writers ran.</summary>
    public TimeSpan Elapsed { get; internal set; }

    public IReadOnlyCollection<Sample> Samples => samples;

    public IReadOnlyCollection<WriteAttempt> Writes => writes;

    /// <summary>Requests that got no HTTP answer at all (connection refused or reset, timeout), with the endpoint.</summary>
    public IReadOnlyCollection<string> TransportErrors => transportErrors;

    /// <summary>The saves the hub acknowledged with 201, in no particular order.</summary>
    public IReadOnlyList<WriteAttempt> Acknowledged => writes.Where(w => w.Status == 201).ToList();

    internal void Add(Sample sample) => samples.Enqueue(sample);

    internal void Add(WriteAttempt write) => writes.Enqueue(write);

    internal void AddTransportError(string what) => transportErrors.Enqueue(what);
}
