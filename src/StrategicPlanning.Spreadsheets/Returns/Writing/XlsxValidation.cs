using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace StrategicPlanning.Spreadsheets;

/// <summary>
/// The data validation of a return table's input columns, one rule per column over all its rows: Excel and LibreOffice
/// refuse what breaks it as it is typed, and the reader checks the same again (a rule can be pasted over).
/// </summary>
internal static class XlsxValidation
{
    /// <summary>Largest magnitude of an actual: the bound validation puts on every number (SP1010).</summary>
    private const string MaxNumber = "1000000000000000";

    /// <summary>The longest commentary accepted.</summary>
    public const int MaxCommentary = 4_000;

    public static DataValidations? For(IReadOnlyList<ReturnColumn> columns, int rows, ReturnData data)
    {
        var validations = new DataValidations();
        for (var c = 0; c < columns.Count; c++)
        {
            var column = XlsxReturnWriter.ColumnName(c);
            var range = string.Create(CultureInfo.InvariantCulture, $"{column}2:{column}{rows + 1}");
            if (Rule(columns[c], data) is { } rule)
            {
                rule.SequenceOfReferences = new ListValue<StringValue> { InnerText = range };
                validations.Append(rule);
            }
        }

        validations.Count = (uint)validations.ChildElements.Count;
        return validations.Count == 0 ? null : validations;
    }

    private static DataValidation? Rule(ReturnColumn column, ReturnData data) => column.Input switch
    {
        InputKind.Decimal => Between(DataValidationValues.Decimal, "-" + MaxNumber, MaxNumber, "A number", "Type the actual as a number in the measure's unit, or leave it blank for no data."),
        InputKind.Percent => Between(DataValidationValues.Whole, "0", "100", "Percent complete", "A whole number from 0 to 100."),
        InputKind.Likelihood => Between(DataValidationValues.Whole, "1", Number(data.LikelihoodLevels), "Likelihood", $"A whole number from 1 to {Number(data.LikelihoodLevels)}, the risk matrix's likelihood levels."),
        InputKind.Impact => Between(DataValidationValues.Whole, "1", Number(data.ImpactLevels), "Impact", $"A whole number from 1 to {Number(data.ImpactLevels)}, the risk matrix's impact levels."),
        InputKind.Date => Between(
            DataValidationValues.Date,
            Number(XlsxReturnWriter.Serial(data.Start)),
            Number(XlsxReturnWriter.Serial(data.End)),
            "A date in the quarter",
            $"A date from {Iso(data.Start)} to {Iso(data.End)}; leave it blank for {Iso(data.End)}."),
        InputKind.Text => Between(DataValidationValues.TextLength, "0", Number(MaxCommentary), "Commentary", $"Free text, at most {Number(MaxCommentary)} characters."),
        InputKind.Status => Rule(
            DataValidationValues.List,
            "\"" + string.Join(",", ReturnLayout.StatusWords.Select(s => s.Value)) + "\"",
            null,
            "Status",
            "Choose the status from the list."),
        _ => null,
    };

    private static DataValidation Between(DataValidationValues type, string low, string high, string title, string message) =>
        Rule(type, low, high, title, message);

    private static DataValidation Rule(DataValidationValues type, string formula1, string? formula2, string title, string message)
    {
        var rule = new DataValidation
        {
            Type = type,
            AllowBlank = true,
            ShowInputMessage = true,
            ShowErrorMessage = true,
            ErrorStyle = DataValidationErrorStyleValues.Stop,
            PromptTitle = title,
            Prompt = message,
            ErrorTitle = title,
            Error = message,
        };
        if (formula2 is not null)
        {
            rule.Operator = DataValidationOperatorValues.Between;
        }

        rule.Append(new Formula1(formula1));
        if (formula2 is not null)
        {
            rule.Append(new Formula2(formula2));
        }

        return rule;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Iso(NodaTime.LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
