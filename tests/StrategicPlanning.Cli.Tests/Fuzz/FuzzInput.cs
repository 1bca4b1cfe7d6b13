using StrategicPlanning.Json;
using StrategicPlanning.Model;
using StrategicPlanning.StratML;

namespace StrategicPlanning.Cli.Tests.Fuzz;

/// <summary>A fuzzed input: its bytes, whether it is StratML, and the document it reads as (null when it reads as none).</summary>
internal sealed class FuzzInput(byte[] bytes, bool isXml)
{
    private bool read;
    private PlanDocument? document;

    public byte[] Bytes { get; } = bytes;

    public bool IsXml { get; } = isXml;

    /// <summary>Gets or sets whether the document has no validation errors (null until validated), for the run's statistics.</summary>
    public bool? IsValid { get; set; }

    /// <summary>Gets or sets the document: read on first use, with the JSON reader or the StratML reader.</summary>
    public PlanDocument? Document
    {
        get
        {
            if (!read)
            {
                read = true;
                using var stream = new MemoryStream(Bytes, writable: false);
                document = IsXml ? StratMLReader.Read(stream).Document : PlanJson.Read(Bytes).Document;
            }

            return document;
        }

        set => (document, read) = (value, true);
    }
}
