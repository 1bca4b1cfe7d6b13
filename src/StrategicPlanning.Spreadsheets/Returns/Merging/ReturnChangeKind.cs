namespace StrategicPlanning.Spreadsheets;

/// <summary>What a return did to one value of the plan.</summary>
public enum ReturnChangeKind
{
    /// <summary>A new value: the period or date had none.</summary>
    Added = 1,

    /// <summary>An existing value replaced (only with <see cref="ReturnImportOptions.Replace"/>); the change shows the old one.</summary>
    Changed = 2,

    /// <summary>The return gave the value the plan already had.</summary>
    Unchanged = 3,
}
