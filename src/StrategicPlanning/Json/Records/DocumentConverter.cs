using System.Text.Json;
using System.Text.Json.Serialization;
using StrategicPlanning.Model;

namespace StrategicPlanning.Json;

/// <summary>A document as read: the document when nothing was wrong, and what was wrong that did not stop the reading.</summary>
/// <param name="Document">The document; never to be returned when there are problems.</param>
/// <param name="Problems">The problems, at paths below the document; null when there are none.</param>
internal sealed record DocumentReading(PlanDocument? Document, ReadProblems? Problems);

/// <summary>
/// Reads a whole document with its record table (<see cref="DocumentRecord"/>). The serializer calls it, so that its
/// handling of the text stays: the reader's limits (depth), syntax errors with their line and column, and a failure's
/// line and column where it happened.
/// </summary>
internal sealed class DocumentConverter : JsonConverter<DocumentReading>
{
    public override DocumentReading Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonTokenNames.Expected("an object", ref reader);
        }

        ReadProblems? problems = null;
        var document = DocumentRecord.Table.ReadObject(ref reader, options, ref problems);
        return new DocumentReading(problems is null ? document : null, problems);
    }

    public override void Write(Utf8JsonWriter writer, DocumentReading value, JsonSerializerOptions options) =>
        DocumentRecord.Table.WriteObject(writer, value.Document ?? throw new ArgumentException("There is no document to write.", nameof(value)), options);
}
