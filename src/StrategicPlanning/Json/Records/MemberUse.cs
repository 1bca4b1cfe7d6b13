namespace StrategicPlanning.Json;

/// <summary>How a record's member is read and written, beyond its type.</summary>
[Flags]
internal enum MemberUse
{
    /// <summary>Optional: absent or null means the record's default.</summary>
    Optional = 0,

    /// <summary>Required: absent or null is reported as missing, and the record is not made.</summary>
    Required = 1,

    /// <summary>Problems inside the member's value are reported only when the record itself is complete.</summary>
    CheckedWhenComplete = 2,

    /// <summary>An array written even when empty (otherwise an empty array is left out).</summary>
    AlwaysWritten = 4,

    /// <summary>Absent or null is reported as missing, as for <see cref="Required"/>, but the record is still made (and its other members checked).</summary>
    Expected = 8,
}
