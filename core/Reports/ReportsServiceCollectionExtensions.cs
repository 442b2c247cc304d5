using ChatAppraisal.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>The office's reports (/progress); their texts are picked per user with <see cref="Texts.For"/>.</summary>
    public static IServiceCollection AddReports(this IServiceCollection services) => services.AddSingleton<ProgressQuery>();
}
