using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace StrategicPlanning.Cli.Tests.Fuzz;

/// <summary>
/// Mutates a StratML document as a tree: deletes and duplicates elements, gives a leaf element edge dates, numbers,
/// period labels or other text, empties an element. (The StratML tests mutate it structurally in more ways; here it
/// is one more input to splan convert.)
/// </summary>
internal static class XmlMutator
{
    /// <summary>Applies one to four mutations to <paramref name="xml"/>; null when it is not XML.</summary>
    public static byte[]? Mutate(byte[] xml, Random random)
    {
        XDocument document;
        try
        {
            using var stream = new MemoryStream(xml, writable: false);
            document = XDocument.Load(stream, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException)
        {
            return null;
        }

        var count = 1 + random.Next(4);
        for (var i = 0; i < count; i++)
        {
            var elements = document.Root?.Descendants().ToList() ?? [];
            if (elements.Count == 0)
            {
                break;
            }

            var element = random.Pick(elements);
            var leaves = elements.Where(e => !e.HasElements).ToList();
            switch (random.Next(6))
            {
                case 0:
                    element.Remove();
                    break;
                case 1:
                    element.AddAfterSelf(new XElement(element));
                    break;
                case 2:
                    random.Pick(leaves).Value = random.Pick(Interesting.Dates);
                    break;
                case 3:
                    random.Pick(leaves).Value = random.Pick(Interesting.Numbers);
                    break;
                case 4:
                    random.Pick(leaves).Value = random.Pick(random.Next(2) == 0 ? Interesting.Periods : Interesting.Strings);
                    break;
                default:
                    element.RemoveNodes();
                    break;
            }
        }

        try
        {
            using var output = new MemoryStream();
            using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CheckCharacters = false }))
            {
                document.Save(writer);
            }

            return output.ToArray();
        }
        catch (Exception ex) when (ex is ArgumentException or XmlException or InvalidOperationException)
        {
            return null;
        }
    }
}
