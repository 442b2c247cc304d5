using ChatAppraisal.Export;
using Microsoft.Extensions.DependencyInjection;

// In the root namespace, beside AddAppraisal, so callers need no extra using.
namespace ChatAppraisal;

public static class ExportServiceCollectionExtensions
{
    /// <summary>The /export workbook (<see cref="ScoreSheetWorkbook"/>) and the raw item scores (<see cref="ItemScoresCsv"/>).</summary>
    public static IServiceCollection AddExport(this IServiceCollection services)
    {
        services.AddSingleton<ExportReader>();
        services.AddSingleton<ScoreSheetWorkbook>();
        services.AddSingleton<CountyWorkbook>();
        services.AddSingleton<ItemScoresCsv>();
        return services;
    }
}
