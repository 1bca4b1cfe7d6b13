using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace StrategicPlanning.Cli.Tests.Fuzz;

/// <summary>
/// Mutates a JSON document as a tree: deletes and duplicates members and items, swaps a value's type, puts edge
/// numbers, dates, durations, period labels and year start months where the document has values, copies values
/// from one place to another (so ids collide and references dangle), nests deeply. What no tree can hold (a member
/// twice, a number no double holds) is spliced into the text after it is written.
/// </summary>
internal sealed partial class JsonMutator
{
    private readonly Random random;
    private readonly bool gentle;
    private readonly Dictionary<string, string> splices = [];

    private JsonMutator(Random random, bool gentle) => (this.random, this.gentle) = (random, gentle);

    /// <summary>
    /// Applies one to four mutations to <paramref name="json"/>; null when the text is not JSON a tree can hold. A
    /// <paramref name="gentle"/> mutation only puts edge numbers, dates, durations, periods and strings where values of
    /// that kind are: the document mostly still reads, and often still validates, so the rules themselves are reached.
    /// </summary>
    public static byte[]? Mutate(byte[] json, Random random, bool gentle = false)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 256 });
            _ = root?.ToJsonString(); // a member twice only throws when the object is looked at
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            return null;
        }

        if (root is null)
        {
            return null;
        }

        var mutator = new JsonMutator(random, gentle);
        var count = 1 + (random.Next(8) switch { < 4 => 0, < 6 => 1, 6 => 2, _ => 3 });
        for (var i = 0; i < count; i++)
        {
            root = mutator.MutateOnce(root);
        }

        return mutator.Write(root);
    }

    private JsonNode MutateOnce(JsonNode root)
    {
        var places = Places(root);
        if (places.Count == 0)
        {
            return root;
        }

        // Weighted towards values of the right type at their edges: a document that still reads (and validates) goes
        // deeper into the rules than one the reader refuses.
        switch (gentle ? random.Next(3, 9) : random.Next(24) switch { < 2 => 0, < 4 => 1, < 6 => 2, < 9 => 3, < 12 => 4, < 14 => 5, < 17 => 6, 17 => 7, 18 => 8, < 21 => 9, 21 => 10, 22 => 11, _ => 12 })
        {
            case 0:
                Delete(random.Pick(places));
                break;
            case 1:
                Duplicate(random.Pick(places));
                break;
            case 2:
                Replace(random.Pick(places), OtherType(random.Pick(places).Node));
                break;
            case 3:
                Replace(Prefer(places, p => p.Node is JsonValue v && v.GetValueKind() == JsonValueKind.Number), Raw(random.Pick(Interesting.Numbers)));
                break;
            case 4:
                Replace(Prefer(places, p => IsString(p.Node, DateLike())), JsonValue.Create(random.Pick(Interesting.Dates)));
                break;
            case 5:
                Replace(Prefer(places, p => IsString(p.Node, DurationLike())), JsonValue.Create(random.Pick(Interesting.Durations)));
                break;
            case 6:
                Replace(Prefer(places, p => IsString(p.Node, PeriodLike())), JsonValue.Create(random.Pick(Interesting.Periods)));
                break;
            case 7:
                Replace(Prefer(places, p => p.Key == "yearStartMonth"), Raw(random.Pick(Interesting.YearStartMonths)));
                break;
            case 8:
                Replace(Prefer(places, p => IsString(p.Node, null)), JsonValue.Create(random.Pick(Interesting.Strings)));
                break;
            case 9:
                // A value from elsewhere: an id where another id is, a reference to something else, a subtree moved.
                Replace(random.Pick(places), random.Pick(places).Node?.DeepClone());
                break;
            case 10:
                Replace(Prefer(places, p => p.Node is JsonObject or JsonArray), random.Next(2) == 0 ? new JsonObject() : new JsonArray());
                break;
            case 11:
                Replace(random.Pick(places), Raw(Nested(random.Next(2) == 0 ? 20 : 300)));
                break;
            default:
                if (random.Next(2) == 0)
                {
                    Rename(Prefer(places, p => p.Key is not null), places);
                }
                else
                {
                    Replace(Prefer(places, p => p.Node is JsonValue), Raw(random.Pick(Interesting.Numbers)));
                }

                break;
        }

        return root;
    }

    private Place Prefer(List<Place> places, Func<Place, bool> wanted)
    {
        var matching = places.Where(wanted).ToList();
        return random.Pick(matching.Count > 0 && (gentle || random.Next(8) != 0) ? matching : places);
    }

    private void Delete(Place place)
    {
        switch (place.Parent)
        {
            case JsonObject parent:
                parent.Remove(place.Key!);
                break;
            case JsonArray parent:
                parent.RemoveAt(place.Index);
                break;
        }
    }

    private void Duplicate(Place place)
    {
        var copy = random.Next(3) == 0 ? OtherType(place.Node) : place.Node?.DeepClone();
        switch (place.Parent)
        {
            case JsonObject parent:
                var marker = Marker("key");
                splices[JsonSerializer.Serialize(marker)] = JsonSerializer.Serialize(place.Key);
                parent.Add(marker, copy);
                break;
            case JsonArray parent:
                parent.Insert(random.Next(parent.Count + 1), copy);
                break;
        }
    }

    private void Rename(Place place, List<Place> places)
    {
        if (place.Parent is not JsonObject parent || place.Key is null)
        {
            return;
        }

        var names = places.Where(p => p.Key is not null).Select(p => p.Key!).Distinct().ToList();
        var name = random.Next(3) switch
        {
            0 => place.Key.ToUpperInvariant(),
            1 => place.Key + "_",
            _ => random.Pick(names),
        };
        var value = place.Node;
        parent.Remove(place.Key);
        if (!parent.ContainsKey(name))
        {
            parent[name] = value;
        }
    }

    private static void Replace(Place place, JsonNode? value)
    {
        switch (place.Parent)
        {
            case JsonObject parent:
                parent[place.Key!] = value;
                break;
            case JsonArray parent:
                parent[place.Index] = value;
                break;
        }
    }

    private JsonNode? OtherType(JsonNode? node)
    {
        var kind = node switch
        {
            null => JsonValueKind.Null,
            JsonObject => JsonValueKind.Object,
            JsonArray => JsonValueKind.Array,
            _ => node.GetValueKind(),
        };
        JsonValueKind[] kinds = [JsonValueKind.String, JsonValueKind.Number, JsonValueKind.True, JsonValueKind.Null, JsonValueKind.Object, JsonValueKind.Array];
        var other = random.Pick(kinds.Where(k => k != kind && !(k == JsonValueKind.True && kind == JsonValueKind.False)).ToList());
        return other switch
        {
            JsonValueKind.String => JsonValue.Create(node is JsonValue ? node.ToJsonString() : random.Pick(Interesting.Strings)),
            JsonValueKind.Number => Raw(random.Pick(Interesting.Numbers)),
            JsonValueKind.True => JsonValue.Create(random.Next(2) == 0),
            JsonValueKind.Null => null,
            JsonValueKind.Object => random.Next(2) == 0 || node is not JsonArray { Count: > 0 } array ? new JsonObject() : array[0]?.DeepClone() is JsonObject o ? o : new JsonObject(),
            _ => node is null or JsonArray ? new JsonArray() : new JsonArray(node.DeepClone()),
        };
    }

    /// <summary>A string value written in place of raw text after the tree is written: any number, any nesting.</summary>
    private JsonValue Raw(string text)
    {
        var marker = Marker("raw");
        splices[JsonSerializer.Serialize(marker)] = text;
        return JsonValue.Create(marker);
    }

    private string Marker(string kind) => $"zz-fuzz-{kind}-{splices.Count}-{random.Next():x8}-zz";

    private static string Nested(int depth) => new string('[', depth) + "1" + new string(']', depth);

    private byte[] Write(JsonNode root)
    {
        var text = root.ToJsonString(new JsonSerializerOptions { WriteIndented = random.Next(2) == 0 });
        var builder = new StringBuilder(text);
        foreach (var (marker, replacement) in splices)
        {
            builder.Replace(marker, replacement);
        }

        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    private static bool IsString(JsonNode? node, Regex? like) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String && (like is null || like.IsMatch(value.GetValue<string>()));

    private static List<Place> Places(JsonNode root)
    {
        var places = new List<Place>();
        Walk(root, places);
        return places;
    }

    private static void Walk(JsonNode? node, List<Place> places)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    places.Add(new Place(obj, key, -1, value));
                    Walk(value, places);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    places.Add(new Place(array, null, i, array[i]));
                    Walk(array[i], places);
                }

                break;
        }
    }

    [GeneratedRegex(@"^-?\d{4}-\d\d-\d\d")]
    private static partial Regex DateLike();

    [GeneratedRegex(@"^-?P")]
    private static partial Regex DurationLike();

    [GeneratedRegex(@"^\d{4}(/\d\d)?( Q\d)?$|^\d{4}-\d\d$")]
    private static partial Regex PeriodLike();

    /// <summary>A value in the tree: its parent, its member name or index, and the value.</summary>
    private sealed record Place(JsonNode Parent, string? Key, int Index, JsonNode? Node);
}
