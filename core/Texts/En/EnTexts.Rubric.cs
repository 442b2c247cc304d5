using ChatAppraisal.Rubrics;

namespace ChatAppraisal;

public sealed partial class EnTexts
{
    public override string RubricProblemText(RubricProblem p)
    {
        var where = Place(p.Place);
        var (v, largest) = (p.Value, RubricValidator.LargestFigure);
        return p.Fault switch
        {
            RubricFault.Malformed => $"Rubric JSON is malformed{Line(p.Place)}: {p.Detail}",
            RubricFault.Empty => "Rubric JSON is empty (null).",
            RubricFault.NoCategories => "The rubric has no categories.",
            RubricFault.CategoryNull => $"Category {p.Place.Category} is null.",
            RubricFault.ItemNull => $"{Place(p.Place with { Item = null, Path = null })}, item {p.Place.ItemNumber} is null.",
            RubricFault.NameEmpty => $"{where}: name is empty.",
            RubricFault.NameUsedTwice when p.Place.IsItem => $"{where}: duplicate item name '{p.Detail}' in this category.",
            RubricFault.NameUsedTwice => $"{where}: the category name is used twice.",
            RubricFault.AliasEmpty => $"{where}: alias is empty.",
            RubricFault.AliasUsedTwice => $"{where}: alias '{p.Detail}' is used twice.",
            RubricFault.GroupEmpty => $"{where}: group is empty.",
            RubricFault.MaxNotPositive => $"{where}: maximum must be greater than 0, is {v}.",
            RubricFault.MaxTooLarge => $"{where}: maximum must be at most {largest}, is {v}.",
            RubricFault.LeaderCapTooLarge => $"{where}: leadership cap must be at most {largest}, is {v}.",
            RubricFault.LeaderCapNegative => $"{where}: leadership cap must not be negative, is {v}.",
            RubricFault.TooManyDecimals when p.Place.IsItem => $"{where}: maximum may have at most 2 decimals, is {v}.",
            RubricFault.TooManyDecimals => $"{where}: maximum and leadership cap may have at most 2 decimals.",
            RubricFault.NoItems => $"{where}: has no items.",
            // Unchanged since the API began; a plan without a leadership part (all caps 0) is the one exception, and passes.
            RubricFault.LeaderCapsSum => $"Leadership caps must sum to 100, they sum to {v}.",
            RubricFault.ScaleToNotPositive => $"{where}: scaleTo must be greater than 0, is {v}.",
            RubricFault.ScaleToTooLarge => $"{where}: scaleTo must be at most {largest}, is {v}.",
            RubricFault.CapNegative => $"{where}: the cap must not be negative, is {v}.",
            RubricFault.PointsNotPositive => $"{where}: points must be greater than 0, are {v}.",
            RubricFault.ConsequenceUnknown => $"{where}: consequence '{p.Detail}' is unknown; it is notExcellent or last.",
            RubricFault.GradeBasisUnknown => $"{where}: by '{p.Detail}' is unknown; it is rank or score.",
            RubricFault.GradeCountNotPositive => $"{where}: count must be greater than 0, is {v}.",
            RubricFault.GradeRestTwice => $"{where}: only one grade may take the rest (no count); this is the second.",
            RubricFault.GradeLinesNotDescending => $"{where}: score lines must go from the highest down.",
            RubricFault.GradeLineMissing => $"{where}: a grade by score needs its line (minScore), except the last.",
            RubricFault.NoLines => $"{where}: has no lines.",
            _ => $"{where}: {p.Fault}.",
        };
    }

    static string Place(RubricPlace place)
    {
        if (place.Section is { } section)
        {
            var name = section switch { RubricSection.Bonus => "Bonus", RubricSection.Deductions => "Deductions", RubricSection.Veto => "Veto", _ => "Grades" };
            return place.Entry is { } entry ? $"{name}, line {entry} ({Named(place.ItemName, "unnamed")})" : name;
        }
        var text = $"Category {place.Category} ({Named(place.CategoryName, "unnamed")})";
        return place.IsItem ? $"{text}, item {place.ItemNumber} ({Named(place.ItemName, "unnamed")})" : text;
    }

    static string Line(RubricPlace place) => place.Line is { } line ? $" at line {line}, position {place.Position}" : "";
}
