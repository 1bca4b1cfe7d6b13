using System.Globalization;
using StrategicPlanning.Model;

namespace StrategicPlanning.Validation;

/// <summary>The risk matrix (RSK-2) and its bands (RSK-3).</summary>
internal static class MatrixChecks
{
    /// <summary>Checks the matrix; returns whether its size is usable for checking ratings.</summary>
    public static bool Check(ValidationContext context, RiskMatrix matrix)
    {
        var sizeOk = Levels(context, "likelihoodLevels", matrix.LikelihoodLevels) & Levels(context, "impactLevels", matrix.ImpactLevels);
        Labels(context, "likelihoodLabels", matrix.LikelihoodLabels, matrix.LikelihoodLevels);
        Labels(context, "impactLabels", matrix.ImpactLabels, matrix.ImpactLevels);
        var gridOk = !sizeOk || matrix.Scores is null || Grid(context, matrix);
        if (sizeOk && gridOk)
        {
            Bands(context, matrix);
        }

        return sizeOk;
    }

    /// <summary>The lowest score the matrix can give: 1 × 1, or the smallest cell of an explicit grid (RSK-2).</summary>
    public static int MinimumScore(RiskMatrix matrix) =>
        matrix.Scores is { Count: > 0 } grid ? grid.SelectMany(row => row).DefaultIfEmpty(1).Min() : 1;

    private static bool Levels(ValidationContext context, string member, int levels)
    {
        if (levels is >= 1 and <= RiskChecks.MaxLevels)
        {
            return true;
        }

        context.ReportAt(member, ValidationCodes.InvalidMatrixSize, string.Create(CultureInfo.InvariantCulture, $"{member} is {levels}; a matrix has from 1 to {RiskChecks.MaxLevels} levels (RSK-2)."));
        return false;
    }

    private static void Labels(ValidationContext context, string member, IReadOnlyList<string> labels, int levels)
    {
        if (labels.Count != 0 && labels.Count != levels)
        {
            context.ReportAt(member, ValidationCodes.LabelCountMismatch,
                string.Create(CultureInfo.InvariantCulture, $"There are {labels.Count} {member} for {levels} levels; give one label per level, lowest first, or none (RSK-2)."));
        }
    }

    private static bool Grid(ValidationContext context, RiskMatrix matrix)
    {
        var grid = matrix.Scores!;
        if (grid.Count != matrix.LikelihoodLevels)
        {
            context.ReportAt("scores", ValidationCodes.InvalidScoreGrid,
                string.Create(CultureInfo.InvariantCulture, $"The score grid has {grid.Count} {(grid.Count == 1 ? "row" : "rows")}; it needs one per likelihood level ({matrix.LikelihoodLevels}), each of {matrix.ImpactLevels} scores: scores[likelihood - 1][impact - 1] (RSK-2)."));
            return false;
        }

        var ok = true;
        context.Enter("scores");
        for (var l = 0; l < grid.Count; l++)
        {
            context.Enter(l);
            if (grid[l].Count != matrix.ImpactLevels)
            {
                context.Report(ValidationCodes.InvalidScoreGrid,
                    string.Create(CultureInfo.InvariantCulture, $"Row {l + 1} of the score grid has {grid[l].Count} scores; it needs one per impact level ({matrix.ImpactLevels}) (RSK-2)."));
                ok = false;
            }
            else if (grid[l].Any(score => score < 1))
            {
                context.Report(ValidationCodes.InvalidScoreGrid, string.Create(CultureInfo.InvariantCulture, $"Row {l + 1} of the score grid holds a score below 1; scores are positive whole numbers (RSK-2)."));
                ok = false;
            }

            context.Leave();
        }

        context.Leave();
        return ok;
    }

    private static void Bands(ValidationContext context, RiskMatrix matrix)
    {
        var bands = matrix.Bands;
        if (bands.Count == 0)
        {
            context.ReportAt("bands", ValidationCodes.InvalidBands, "There are no bands; give at least one, starting at or below the lowest score (RSK-3).");
            return;
        }

        var minimum = MinimumScore(matrix);
        context.Enter("bands");
        // RSK-3: every score has a band when the first band starts at or below the lowest score; a first band from 1
        // on a grid whose lowest score is 2 (the default bands included) is valid, only one starting above it is not.
        if (bands[0].From < 1)
        {
            // Scores are whole numbers from 1 (the schema says so too): a band from 0 or below names scores no matrix gives.
            context.Enter(0);
            context.ReportAt("from", ValidationCodes.InvalidBands,
                string.Create(CultureInfo.InvariantCulture, $"The first band starts at {bands[0].From}; scores start at 1, so a band starts at 1 or above (RSK-3)."));
            context.Leave();
        }
        else if (bands[0].From > minimum)
        {
            context.Enter(0);
            context.ReportAt("from", ValidationCodes.InvalidBands,
                string.Create(CultureInfo.InvariantCulture, $"The first band starts at {bands[0].From}, above the lowest score this matrix gives ({minimum}), so that score would have no band; start the first band at {minimum} or below (RSK-3)."));
            context.Leave();
        }

        for (var i = 1; i < bands.Count; i++)
        {
            if (bands[i].From <= bands[i - 1].From)
            {
                context.Enter(i);
                context.ReportAt("from", ValidationCodes.InvalidBands,
                    string.Create(CultureInfo.InvariantCulture, $"Band {i + 1} starts at {bands[i].From}, not above the band before it ({bands[i - 1].From}); bands must ascend (RSK-3)."));
                context.Leave();
            }
        }

        context.Leave();
    }
}
