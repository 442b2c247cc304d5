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
            RubricFault.ItemNull => $"{Place(p.Place with { Item = null })}, item {p.Place.Item} is null.",
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
            RubricFault.LeaderCapsSum => $"Leadership caps must sum to 100, they sum to {v}.",
            _ => $"{where}: {p.Fault}.",
        };
    }

    static string Place(RubricPlace place)
    {
        var text = $"Category {place.Category} ({Named(place.CategoryName, "unnamed")})";
        return place.IsItem ? $"{text}, item {place.Item} ({Named(place.ItemName, "unnamed")})" : text;
    }

    static string Line(RubricPlace place) => place.Line is { } line ? $" at line {line}, position {place.Position}" : "";
}
