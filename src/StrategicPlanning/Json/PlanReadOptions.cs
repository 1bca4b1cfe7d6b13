using System.Globalization;
namespace StrategicPlanning.Json;

/// <summary>
/// Limits that keep reading safe on hostile input (VAL-4). The defaults suit any real council's plan and a
/// national roll-up of a million leaves.
/// </summary>
/// <remarks>Immutable and thread-safe; create one and reuse it, as each distinct instance builds its own serializer metadata once.</remarks>
public sealed record PlanReadOptions
{
    private readonly Lazy<PlanJsonContext> context;

    /// <summary>Creates options with the default limits.</summary>
    public PlanReadOptions()
    {
        context = new Lazy<PlanJsonContext>(() => PlanJsonContext.Create(this));
    }

    private PlanReadOptions(PlanReadOptions original)
    {
        context = new Lazy<PlanJsonContext>(() => PlanJsonContext.Create(this));
        // A copy made by 'with' builds its own serializer context for its own limits.
        MaxDepth = original.MaxDepth;
        MaxStringLength = original.MaxStringLength;
        MaxDocumentBytes = original.MaxDocumentBytes;
    }

    /// <summary>Gets the default limits.</summary>
    public static PlanReadOptions Default { get; } = new();

    /// <summary>The deepest nesting that can be asked for: the depth to which documents can also be written.</summary>
    public const int DepthCeiling = 1000;

    /// <summary>Gets the deepest nesting of objects and arrays allowed, 1 to <see cref="DepthCeiling"/>; the format itself needs 10.</summary>
    /// <value>Default 64.</value>
    public int MaxDepth
    {
        get;
        init => field = value is >= 1 and <= DepthCeiling
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, string.Create(CultureInfo.InvariantCulture, $"MaxDepth must be from 1 to {DepthCeiling}, the depth to which documents can be written back."));
    } = 64;

    /// <summary>Gets the longest string allowed, in UTF-8 bytes.</summary>
    /// <value>Default 1 MiB (1,048,576 bytes).</value>
    public int MaxStringLength { get; init => field = Positive(value); } = 1024 * 1024;

    /// <summary>Gets the largest document read, in bytes.</summary>
    /// <value>Default 1 GiB (1,073,741,824 bytes).</value>
    public long MaxDocumentBytes { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The limit must be positive."); } = 1L << 30;

    internal PlanJsonContext Context => context.Value;

    /// <inheritdoc />
    public bool Equals(PlanReadOptions? other) =>
        other is not null && MaxDepth == other.MaxDepth && MaxStringLength == other.MaxStringLength && MaxDocumentBytes == other.MaxDocumentBytes;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(MaxDepth, MaxStringLength, MaxDocumentBytes);

    private static int Positive(int value) =>
        value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The limit must be positive.");
}
