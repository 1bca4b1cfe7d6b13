namespace StrategicPlanning.Validation;

/// <summary>
/// The stable validation codes (VAL-1). Codes never change meaning; new rules get new codes. The table in
/// docs/validation-codes.md lists the same codes with the rules they implement.
/// </summary>
public static class ValidationCodes
{
    /// <summary>SP1001: an id does not match <c>^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$</c> (VAL-2).</summary>
    public const string InvalidId = "SP1001";

    /// <summary>SP1002: an id is used more than once in the document (VAL-2).</summary>
    public const string DuplicateId = "SP1002";

    /// <summary>SP1003: an outcome id does not resolve (VAL-2).</summary>
    public const string UnknownOutcome = "SP1003";

    /// <summary>SP1004: a theme id does not resolve (VAL-2).</summary>
    public const string UnknownTheme = "SP1004";

    /// <summary>SP1005: a mitigating action id does not resolve (VAL-2, RSK-1).</summary>
    public const string UnknownAction = "SP1005";

    /// <summary>SP1006: a funding allocation names a budget line that does not exist (FIN-3).</summary>
    public const string UnknownBudgetLine = "SP1006";

    /// <summary>SP1007: an action names no outcome (ACT-1).</summary>
    public const string NoOutcome = "SP1007";

    /// <summary>SP1008: the same id is listed twice in one list of references (warning).</summary>
    public const string RepeatedReference = "SP1008";

    /// <summary>SP1009: the document is of a newer minor format version than this library (warning, JSN-1).</summary>
    public const string NewerFormatVersion = "SP1009";

    /// <summary>SP1010: a number is beyond ±10^15, where sums and products could no longer stay exact (VAL-3, FIN-7).</summary>
    public const string ValueOutOfRange = "SP1010";

    /// <summary>SP1011: the document's format version is not 1.x, so it would be written in a form this library cannot read back (JSN-1).</summary>
    public const string UnsupportedFormatVersion = "SP1011";

    /// <summary>SP1012: a date is outside 0004-01-01 to 9997-12-31, the dates the rules can work from (VAL-3, CAL-4).</summary>
    public const string DateOutOfRange = "SP1012";

    /// <summary>SP1013: a duration is longer than two years, so dates worked out from it could leave the calendar (VAL-3, CAL-4).</summary>
    public const string DurationTooLong = "SP1013";

    /// <summary>SP1101: a period label is not valid in the document's calendar (CAL-3).</summary>
    public const string InvalidPeriodLabel = "SP1101";

    /// <summary>SP1102: a period label names the wrong kind of period for where it is used (MEA-1, CAL-3).</summary>
    public const string WrongPeriodKind = "SP1102";

    /// <summary>SP1103: a date range is inverted: start after end or due (VAL-3).</summary>
    public const string DatesOutOfOrder = "SP1103";

    /// <summary>SP1104: a target names a period outside the plan period (VAL-3).</summary>
    public const string TargetOutsidePlan = "SP1104";

    /// <summary>SP1105: the calendar's year start month is not 1–12 (CAL-1).</summary>
    public const string InvalidYearStartMonth = "SP1105";

    /// <summary>SP1201: two actuals name the same period (MEA-1).</summary>
    public const string DuplicateActual = "SP1201";

    /// <summary>SP1202: two targets name the same period with the same setOn (MEA-1).</summary>
    public const string DuplicateTarget = "SP1202";

    /// <summary>SP1203: a tolerance is negative (MEA-5).</summary>
    public const string NegativeTolerance = "SP1203";

    /// <summary>SP1204: greenWithin is greater than amberWithin (MEA-5).</summary>
    public const string GreenToleranceAboveAmber = "SP1204";

    /// <summary>SP1301: a weight is negative (VAL-3).</summary>
    public const string NegativeWeight = "SP1301";

    /// <summary>SP1302: siblings all have weight 0 (VAL-3).</summary>
    public const string NoPositiveWeight = "SP1302";

    /// <summary>SP1401: a percent complete is outside 0–100 (VAL-3).</summary>
    public const string PercentOutOfRange = "SP1401";

    /// <summary>SP1501: a funding allocation names a financial year outside the MTFS (FIN-3).</summary>
    public const string AllocationOutsideHorizon = "SP1501";

    /// <summary>SP1502: a budget line's allocations in a year exceed its amount (FIN-3).</summary>
    public const string OverAllocatedLine = "SP1502";

    /// <summary>SP1503: a budget amount or estimated cost is negative (FIN-1).</summary>
    public const string NegativeAmount = "SP1503";

    /// <summary>SP1504: a funding allocation is zero or negative (FIN-2).</summary>
    public const string AllocationNotPositive = "SP1504";

    /// <summary>SP1505: the currency is not three capital letters (FIN-1).</summary>
    public const string InvalidCurrency = "SP1505";

    /// <summary>SP1506: a budget line has an amount for a year outside the MTFS (FIN-1).</summary>
    public const string LineYearOutsideHorizon = "SP1506";

    /// <summary>SP1507: a budget line has two amounts for one year (FIN-1).</summary>
    public const string DuplicateLineYear = "SP1507";

    /// <summary>SP1508: the MTFS years are not consecutive financial years in order, or repeat (FIN-1).</summary>
    public const string YearsNotConsecutive = "SP1508";

    /// <summary>SP1510: an action's estimated cost in a year exceeds its funding on revenue and capital lines (warning, FIN-4).</summary>
    public const string UnderfundedAction = "SP1510";

    /// <summary>SP1511: an action has an estimated cost and no funding allocation at all (warning, FIN-4).</summary>
    public const string UnfundedAction = "SP1511";

    /// <summary>SP1512: a budget line has money and no placed allocation to any action; an allocation that cannot be placed (FIN-3) does not count (information, FIN-5).</summary>
    public const string UnallocatedLine = "SP1512";

    /// <summary>SP1601: a likelihood or impact is outside the matrix (RSK-2).</summary>
    public const string RatingOutsideMatrix = "SP1601";

    /// <summary>SP1602: the matrix has fewer than 1 or more than 10 levels (RSK-2).</summary>
    public const string InvalidMatrixSize = "SP1602";

    /// <summary>SP1603: the level labels do not number one per level (RSK-2).</summary>
    public const string LabelCountMismatch = "SP1603";

    /// <summary>SP1604: the score grid is not likelihood levels × impact levels of positive whole numbers (RSK-2).</summary>
    public const string InvalidScoreGrid = "SP1604";

    /// <summary>SP1605: the bands are empty, not ascending, or the first starts below 1 or above the lowest score (RSK-3).</summary>
    public const string InvalidBands = "SP1605";

    /// <summary>SP1606: a treatment does not fit the risk's kind, e.g. exploit on a threat (RSK-1).</summary>
    public const string TreatmentDoesNotFitKind = "SP1606";

    /// <summary>SP1607: a review frequency is not a positive number of days, weeks, months or years (RSK-7).</summary>
    public const string InvalidReviewFrequency = "SP1607";

    /// <summary>SP1608: a risk category has more than one appetite (RSK-5).</summary>
    public const string DuplicateAppetite = "SP1608";

    /// <summary>SP1609: an appetite's maximum score is below 1, the lowest score a risk can have (RSK-5).</summary>
    public const string InvalidAppetite = "SP1609";

    /// <summary>SP1701: the review cadence is not a positive number of days, weeks, months or years (REV-1).</summary>
    public const string InvalidCadence = "SP1701";

    // SP1702 (ReviewBeforeStart, "a review is dated before the cycle starts") is retired and never reused: a review held
    // before the start or after the end is not an error; it takes no part in the cadence (REV-1), and ReviewRules says so.

    /// <summary>SP1703: a reporting lag, annual report lag or due-soon window is negative or has a time part (REV-3..5).</summary>
    public const string InvalidLag = "SP1703";

    /// <summary>SP1704: a held review names a period outside the plan period (VAL-3).</summary>
    public const string ReviewPeriodOutsidePlan = "SP1704";

    private static readonly Dictionary<string, ValidationCodeInfo> Table = new List<ValidationCodeInfo>
    {
        new(InvalidId, nameof(InvalidId), ValidationSeverity.Error, "VAL-2", "An id does not match ^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$."),
        new(DuplicateId, nameof(DuplicateId), ValidationSeverity.Error, "VAL-2", "An id is used more than once in the document."),
        new(UnknownOutcome, nameof(UnknownOutcome), ValidationSeverity.Error, "VAL-2, ACT-1, RSK-1", "An outcome id named by an action or a risk does not resolve."),
        new(UnknownTheme, nameof(UnknownTheme), ValidationSeverity.Error, "VAL-2, RSK-1", "A theme id named by a risk does not resolve."),
        new(UnknownAction, nameof(UnknownAction), ValidationSeverity.Error, "VAL-2, RSK-1", "A mitigating action id named by a risk does not resolve."),
        new(UnknownBudgetLine, nameof(UnknownBudgetLine), ValidationSeverity.Error, "FIN-3, VAL-2", "A funding allocation names a budget line that does not exist."),
        new(NoOutcome, nameof(NoOutcome), ValidationSeverity.Error, "ACT-1", "An action names no outcome; it needs at least one."),
        new(RepeatedReference, nameof(RepeatedReference), ValidationSeverity.Warning, "VAL-2", "The same id is listed twice in one list of references; it counts once."),
        new(NewerFormatVersion, nameof(NewerFormatVersion), ValidationSeverity.Warning, "JSN-1, JSN-2", "The document is of a newer 1.x format than this library; members it does not know are kept but not used."),
        new(ValueOutOfRange, nameof(ValueOutOfRange), ValidationSeverity.Error, "VAL-3, FIN-7", "A number is beyond ±1,000,000,000,000,000, where sums and products could no longer stay exact."),
        new(UnsupportedFormatVersion, nameof(UnsupportedFormatVersion), ValidationSeverity.Error, "JSN-1", "The document's schemaVersion is not 1.x; written out, it could not be read back."),
        new(DateOutOfRange, nameof(DateOutOfRange), ValidationSeverity.Error, "VAL-3, CAL-4", "A date is outside 0004-01-01 to 9997-12-31, the dates every rule can work from."),
        new(DurationTooLong, nameof(DurationTooLong), ValidationSeverity.Error, "VAL-3, CAL-4", "A cadence, lag, due-soon window or review frequency is longer than two years."),
        new(InvalidPeriodLabel, nameof(InvalidPeriodLabel), ValidationSeverity.Error, "CAL-3, VAL-3", "A period label is not valid in the document's calendar."),
        new(WrongPeriodKind, nameof(WrongPeriodKind), ValidationSeverity.Error, "MEA-1, CAL-3", "A period label names the wrong kind of period for where it is used."),
        new(DatesOutOfOrder, nameof(DatesOutOfOrder), ValidationSeverity.Error, "VAL-3", "A start date is after its end or due date."),
        new(TargetOutsidePlan, nameof(TargetOutsidePlan), ValidationSeverity.Error, "VAL-3", "A target names a period that does not overlap the plan period."),
        new(InvalidYearStartMonth, nameof(InvalidYearStartMonth), ValidationSeverity.Error, "CAL-1", "The calendar's yearStartMonth is not 1 to 12."),
        new(DuplicateActual, nameof(DuplicateActual), ValidationSeverity.Error, "MEA-1", "Two actuals of a measure name the same period."),
        new(DuplicateTarget, nameof(DuplicateTarget), ValidationSeverity.Error, "MEA-1, MEA-3", "Two targets of a measure name the same period with the same setOn (or both without one)."),
        new(NegativeTolerance, nameof(NegativeTolerance), ValidationSeverity.Error, "MEA-5", "A tolerance is negative."),
        new(GreenToleranceAboveAmber, nameof(GreenToleranceAboveAmber), ValidationSeverity.Error, "MEA-5", "greenWithin is greater than amberWithin."),
        new(NegativeWeight, nameof(NegativeWeight), ValidationSeverity.Error, "VAL-3, AGG-1", "A weight is negative."),
        new(NoPositiveWeight, nameof(NoPositiveWeight), ValidationSeverity.Error, "VAL-3, AGG-3", "Siblings all have weight 0; at least one must be positive."),
        new(PercentOutOfRange, nameof(PercentOutOfRange), ValidationSeverity.Error, "VAL-3, ACT-1", "A percent complete is outside 0 to 100."),
        new(AllocationOutsideHorizon, nameof(AllocationOutsideHorizon), ValidationSeverity.Error, "FIN-3, VAL-3", "A funding allocation names a financial year outside the MTFS."),
        new(OverAllocatedLine, nameof(OverAllocatedLine), ValidationSeverity.Error, "FIN-3", "A budget line's allocations in a financial year exceed its amount for that year."),
        new(NegativeAmount, nameof(NegativeAmount), ValidationSeverity.Error, "FIN-1", "A budget amount or estimated cost is negative."),
        new(AllocationNotPositive, nameof(AllocationNotPositive), ValidationSeverity.Error, "FIN-2", "A funding allocation is zero or negative."),
        new(InvalidCurrency, nameof(InvalidCurrency), ValidationSeverity.Error, "FIN-1", "The currency is not an ISO 4217 code of three capital letters."),
        new(LineYearOutsideHorizon, nameof(LineYearOutsideHorizon), ValidationSeverity.Error, "FIN-1", "A budget line has an amount for a financial year outside the MTFS."),
        new(DuplicateLineYear, nameof(DuplicateLineYear), ValidationSeverity.Error, "FIN-1", "A budget line has two amounts for one financial year."),
        new(YearsNotConsecutive, nameof(YearsNotConsecutive), ValidationSeverity.Error, "FIN-1", "The MTFS years are not consecutive financial years in order."),
        new(UnderfundedAction, nameof(UnderfundedAction), ValidationSeverity.Warning, "FIN-4", "An action's estimated cost in a financial year exceeds its allocations on revenue and capital lines that year."),
        new(UnfundedAction, nameof(UnfundedAction), ValidationSeverity.Warning, "FIN-4", "An action has an estimated cost and no funding allocation at all."),
        new(UnallocatedLine, nameof(UnallocatedLine), ValidationSeverity.Info, "FIN-5", "A budget line has money and no placed allocation to any action: spend not aligned to the plan. An allocation that cannot be placed (an unknown line, a year outside the MTFS) does not count."),
        new(RatingOutsideMatrix, nameof(RatingOutsideMatrix), ValidationSeverity.Error, "RSK-2, VAL-3", "A likelihood or impact is outside the matrix."),
        new(InvalidMatrixSize, nameof(InvalidMatrixSize), ValidationSeverity.Error, "RSK-2", "The matrix has fewer than 1 or more than 10 likelihood or impact levels."),
        new(LabelCountMismatch, nameof(LabelCountMismatch), ValidationSeverity.Error, "RSK-2", "The likelihood or impact labels do not number one per level."),
        new(InvalidScoreGrid, nameof(InvalidScoreGrid), ValidationSeverity.Error, "RSK-2", "The score grid is not likelihood levels by impact levels of positive whole numbers."),
        new(InvalidBands, nameof(InvalidBands), ValidationSeverity.Error, "RSK-3", "The bands are empty, not strictly ascending, or the first starts below 1 or above the matrix's lowest score."),
        new(TreatmentDoesNotFitKind, nameof(TreatmentDoesNotFitKind), ValidationSeverity.Error, "RSK-1", "A treatment does not fit the risk's kind (threats: treat, tolerate, transfer, terminate; opportunities: exploit, enhance, share, accept)."),
        new(InvalidReviewFrequency, nameof(InvalidReviewFrequency), ValidationSeverity.Error, "RSK-7", "A risk review frequency is not a positive number of days, weeks, months or years."),
        new(DuplicateAppetite, nameof(DuplicateAppetite), ValidationSeverity.Error, "RSK-5", "A risk category has more than one appetite."),
        new(InvalidAppetite, nameof(InvalidAppetite), ValidationSeverity.Error, "RSK-5", "An appetite's maxScore is below 1, so every open threat of its category would be outside appetite."),
        new(InvalidCadence, nameof(InvalidCadence), ValidationSeverity.Error, "REV-1", "The review cadence is not a positive number of days, weeks, months or years."),
        new(InvalidLag, nameof(InvalidLag), ValidationSeverity.Error, "REV-3, REV-4, REV-5", "A reporting lag, annual report lag or due-soon window is negative or has a time of day."),
        new(ReviewPeriodOutsidePlan, nameof(ReviewPeriodOutsidePlan), ValidationSeverity.Error, "VAL-3, REV-4", "A held review names a period that does not overlap the plan period."),
    }.ToDictionary(i => i.Code, StringComparer.Ordinal);

    /// <summary>Gets every code with its meaning, in code order.</summary>
    public static IReadOnlyList<ValidationCodeInfo> All { get; } = [.. Table.Values.OrderBy(i => i.Code, StringComparer.Ordinal)];

    /// <summary>Describes a code.</summary>
    /// <param name="code">The code, e.g. <c>SP1002</c>.</param>
    /// <returns>Its meaning, or null when there is no such code.</returns>
    public static ValidationCodeInfo? Describe(string code) => Table.GetValueOrDefault(code);
}
