namespace StrategicPlanning.Cli.Tests.Fuzz;

/// <summary>
/// Mutates any input as bytes: flips bits, overwrites bytes with ones that matter to JSON, XML and UTF-8, deletes,
/// repeats and inserts ranges, cuts the end off, puts a byte-order mark in front.
/// </summary>
internal static class ByteMutator
{
    private static readonly byte[] Special =
    [
        (byte)'"', (byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)',', (byte)':', (byte)'\\', (byte)'<', (byte)'>', (byte)'&',
        (byte)'/', (byte)'-', (byte)'0', (byte)'9', (byte)'e', (byte)'.', (byte)' ', (byte)'\n', 0x00, 0x1B, 0x7F, 0x80, 0xBF, 0xC0,
        0xC3, 0xE2, 0xED, 0xF0, 0xF4, 0xF8, 0xFE, 0xFF,
    ];

    /// <summary>Applies one to eight byte mutations to a copy of <paramref name="input"/>.</summary>
    public static byte[] Mutate(byte[] input, Random random)
    {
        var bytes = new List<byte>(input);
        var count = 1 + random.Next(random.Next(2) == 0 ? 2 : 8);
        for (var i = 0; i < count; i++)
        {
            MutateOnce(bytes, random);
        }

        return [.. bytes];
    }

    private static void MutateOnce(List<byte> bytes, Random random)
    {
        if (bytes.Count == 0)
        {
            bytes.Add(random.Pick(Special));
            return;
        }

        var at = random.Next(bytes.Count);
        switch (random.Next(9))
        {
            case 0:
            case 1:
                bytes[at] ^= (byte)(1 << random.Next(8));
                break;
            case 2:
            case 3:
                bytes[at] = random.Pick(Special);
                break;
            case 4:
                bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(random.Next(2) == 0 ? 4 : 200)));
                break;
            case 5:
                var length = Math.Min(bytes.Count - at, 1 + random.Next(200));
                bytes.InsertRange(random.Next(bytes.Count + 1), bytes.GetRange(at, length));
                break;
            case 6:
                bytes.Insert(at, random.Pick(Special));
                break;
            case 7:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            default:
                bytes.InsertRange(0, random.Next(2) == 0 ? [0xEF, 0xBB, 0xBF] : [0xFF, 0xFE]);
                break;
        }
    }
}
