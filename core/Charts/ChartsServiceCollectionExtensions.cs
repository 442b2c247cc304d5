using ChatAppraisal.Charts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

// In the root namespace, beside AddAppraisal, so callers need no extra using.
namespace ChatAppraisal;

public static class ChartsServiceCollectionExtensions
{
    /// <summary>The chart renderer (<see cref="IChartRenderer"/>); tests may register their own first.</summary>
    public static IServiceCollection AddCharts(this IServiceCollection services)
    {
        services.TryAddSingleton<IChartRenderer, ScottPlotChartRenderer>();
        return services;
    }
}
