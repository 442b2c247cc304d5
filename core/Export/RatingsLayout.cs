using ChatAppraisal.Scoring;

namespace ChatAppraisal.Export;

/// <summary>The leaders' raw ratings: one row per leader and village, the 15 values under their categories (grouped as on the form), the total.</summary>
static class RatingsLayout
{
    /// <summary>The official forms are Chinese in every language: their words are the catalog's Chinese.</summary>
    static Texts W => Texts.Zh;

    public static XlsxSheet Build(ExportSnapshot snapshot, string name)
    {
        var period = snapshot.Period;
        var categories = period.Rubric.Categories;
        var first = 3;                                  // categories start in column C
        var totalCol = first + categories.Count;
        var timeCol = totalCol + 1;
        var x = new XlsxSheet(name) { FrozenRows = 4, Landscape = true };
        x.Widths[1] = 12;
        x.Widths[2] = 14;
        for (var i = 0; i < categories.Count; i++) x.Widths[first + i] = 8;
        x.Widths[totalCol] = 9;
        x.Widths[timeCol] = 17;

        x.Merge(1, 1, 1, timeCol, W.XlsxRatingsTitle(period.Name), CellStyle.Title);
        x.Heights[1] = 30;
        x.Merge(2, 1, 2, timeCol,
            W.XlsxRatingsSubtitle(categories.Count, VillageSheetLayout.Aggregation(period.Policy), ScoreSheetWorkbook.SummarySheet),
            CellStyle.Subtitle);

        x.Merge(3, 1, 4, 1, W.XlsxRater, CellStyle.Header);
        x.Merge(3, 2, 4, 2, W.XlsxVillage, CellStyle.Header);
        var col = first;
        foreach (var group in categories.GroupBy(c => c.Group))
        {
            var count = group.Count();
            x.Merge(3, col, 3, col + count - 1, W.XlsxGroupCap(group.Key, Points.Format(group.Sum(c => c.LeaderCap))), CellStyle.Header);
            foreach (var category in group) x.Set(4, col++, $"{category.Name}({Points.Format(category.LeaderCap)})", CellStyle.Header);
        }
        x.Merge(3, totalCol, 4, totalCol, W.XlsxRatingsTotal(Points.Format(period.Rubric.LeaderCapTotal)), CellStyle.Header);
        x.Merge(3, timeCol, 4, timeCol, W.XlsxRatedAt, CellStyle.Header);
        x.Heights[4] = 92;

        var order = snapshot.Standings.Ranking.Select((r, i) => (r.Result.VillageId, i)).ToDictionary(p => p.VillageId, p => p.i);
        var villages = snapshot.Standings.Ranking.ToDictionary(r => r.Result.VillageId, r => r.Result.Village);
        var row = 5;
        foreach (var rating in snapshot.Ratings
                     .Where(r => villages.ContainsKey(r.VillageId))
                     .OrderBy(r => order[r.VillageId]).ThenBy(r => r.MemberId))
        {
            x.Set(row, 1, snapshot.MemberNames.GetValueOrDefault(rating.MemberId, W.XlsxMember(rating.MemberId)), CellStyle.Center);
            x.Set(row, 2, villages[rating.VillageId], CellStyle.Center);
            for (var i = 0; i < categories.Count; i++)
                x.Set(row, first + i, i < rating.Values.Count ? rating.Values[i] : null, CellStyle.Number);
            x.Set(row, totalCol, rating.Values.Sum(), CellStyle.TotalNumber);
            x.Set(row, timeCol, ScoreSheetWorkbook.Time(rating.At), CellStyle.Center);
            row++;
        }
        if (row == 5) x.Merge(row, 1, row, timeCol, W.XlsxNoRatings, CellStyle.Text);
        return x;
    }
}
