using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StrategicPlanning.Cli.Tests.Fuzz;

/// <summary>
/// Shrinks a failing input while it still fails the same way (the same step, the same signature): first as a JSON
/// tree, removing members and items one at a time, then as bytes, removing ever smaller ranges. Bounded in time; a
/// hang is kept as it is.
/// </summary>
internal static class Minimizer
{
    public static byte[] Shrink(byte[] bytes, bool isXml, FuzzRunner.Failure failure, TimeSpan limit, TimeSpan budget)
    {
        if (failure.Signature == "hang")
        {
            return bytes;
        }

        var clock = Stopwatch.StartNew();
        bool Fails(byte[] candidate) =>
            FuzzRunner.Run(candidate, isXml, [failure.Step], limit) is { } again && again.Signature == failure.Signature;

        if (!isXml && Tree(bytes) is { } tree && Fails(Write(tree)))
        {
            bytes = ShrinkTree(tree, Fails, clock, budget);
        }

        return ShrinkBytes(bytes, Fails, clock, budget);
    }

    private static byte[] ShrinkTree(JsonNode root, Func<byte[], bool> fails, Stopwatch clock, TimeSpan budget)
    {
        var changed = true;
        while (changed && clock.Elapsed < budget)
        {
            changed = false;
            var places = Places(root);
            for (var i = 0; i < places.Count && clock.Elapsed < budget; i++)
            {
                var (parent, key, index) = places[i];
                var candidate = root.DeepClone();
                if (!Remove(Find(candidate, Path(root, parent)), key, index) || !fails(Write(candidate)))
                {
                    continue;
                }

                // Kept: go on from the same place in the smaller tree (what was after it is now at i).
                root = candidate;
                places = Places(root);
                changed = true;
                i--;
            }
        }

        return Write(root);
    }

    private static byte[] ShrinkBytes(byte[] bytes, Func<byte[], bool> fails, Stopwatch clock, TimeSpan budget)
    {
        for (var size = bytes.Length / 2; size >= 1 && clock.Elapsed < budget; size /= 2)
        {
            for (var at = 0; at + size <= bytes.Length && clock.Elapsed < budget;)
            {
                var candidate = bytes[..at].Concat(bytes[(at + size)..]).ToArray();
                if (fails(candidate))
                {
                    bytes = candidate;
                }
                else
                {
                    at += size;
                }
            }
        }

        return bytes;
    }

    private static JsonNode? Tree(byte[] bytes)
    {
        try
        {
            var node = JsonNode.Parse(bytes, documentOptions: new JsonDocumentOptions { MaxDepth = 256 });
            _ = node?.ToJsonString();
            return node;
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    private static byte[] Write(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

    /// <summary>Every member and item, parents before children: (its parent, its name or index).</summary>
    private static List<(JsonNode Parent, string? Key, int Index)> Places(JsonNode root)
    {
        var places = new List<(JsonNode, string?, int)>();
        var pending = new Queue<JsonNode>([root]);
        while (pending.TryDequeue(out var node))
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (key, value) in obj)
                    {
                        places.Add((obj, key, -1));
                        if (value is not null)
                        {
                            pending.Enqueue(value);
                        }
                    }

                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        places.Add((array, null, i));
                        if (array[i] is { } item)
                        {
                            pending.Enqueue(item);
                        }
                    }

                    break;
            }
        }

        return places;
    }

    private static List<object> Path(JsonNode root, JsonNode node)
    {
        var path = new List<object>();
        for (var current = node; current != root && current?.Parent is { } parent; current = parent)
        {
            path.Insert(0, parent is JsonArray ? current.GetElementIndex() : current.GetPropertyName());
        }

        return path;
    }

    private static JsonNode Find(JsonNode root, List<object> path) =>
        path.Aggregate(root, (node, step) => step is int index ? node[index]! : node[(string)step]!);

    private static bool Remove(JsonNode parent, string? key, int index)
    {
        switch (parent)
        {
            case JsonObject obj when key is not null:
                return obj.Remove(key);
            case JsonArray array when index < array.Count:
                array.RemoveAt(index);
                return true;
            default:
                return false;
        }
    }
}
