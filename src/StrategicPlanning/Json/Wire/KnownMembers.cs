using System.Collections.Concurrent;

namespace StrategicPlanning.Json;

/// <summary>The member names each wire type writes, taken from the source-generated metadata (no reflection).</summary>
internal static class KnownMembers
{
    private static readonly ConcurrentDictionary<Type, HashSet<string>> Names = new();

    /// <summary>Throws when an unknown member would be written under the name of a known one.</summary>
    public static void ThrowOnClash(Type wireType, IEnumerable<string> unknownNames)
    {
        var known = Names.GetOrAdd(wireType, static type =>
            [.. PlanReadOptions.Default.Context.GetTypeInfo(type)!.Properties.Where(p => !p.IsExtensionData).Select(p => p.Name)]);
        foreach (var name in unknownNames)
        {
            if (known.Contains(name))
            {
                throw new InvalidOperationException(
                    $"An extension member is called '{name}', the name of a member this object already has in format 1.0; written out, the object would hold '{name}' twice and could not be read back. Set the member itself, or give the extension another name.");
            }
        }
    }
}
