using System.Globalization;
using StrategicPlanning.Model;

namespace StrategicPlanning.Validation;

/// <summary>The document as a whole: its format version (JSN-1) and calendar (CAL-1).</summary>
internal static class DocumentChecks
{
    public static void Check(ValidationContext context)
    {
        context.Area = ValidationArea.Document;
        var document = context.Document;
        switch (FormatVersion.Compare(document.SchemaVersion))
        {
            case > 0:
                context.ReportAt("schemaVersion", ValidationCodes.NewerFormatVersion,
                    $"The document is format {document.SchemaVersion}; this library knows {PlanDocument.CurrentSchemaVersion}. Members it does not know are kept and written back, but not used (JSN-1).");
                break;
            case null:
                context.ReportAt("schemaVersion", ValidationCodes.UnsupportedFormatVersion,
                    $"schemaVersion '{document.SchemaVersion}' is not a 1.x version; this library reads and writes format {PlanDocument.CurrentSchemaVersion} (JSN-1).");
                break;
        }

        if (!context.CalendarIsUsable)
        {
            context.Enter("calendar");
            context.ReportAt("yearStartMonth", ValidationCodes.InvalidYearStartMonth,
                string.Create(CultureInfo.InvariantCulture, $"yearStartMonth is {document.Calendar.YearStartMonth}; it must be a month number from 1 (January) to 12 (December), e.g. 4 for a UK financial year (CAL-1)."));
            context.Leave();
        }
    }
}
