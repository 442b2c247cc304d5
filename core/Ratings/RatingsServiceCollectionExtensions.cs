using ChatAppraisal.Ratings;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal;

public static class RatingsServiceCollectionExtensions
{
    /// <summary>Leaders' ratings by message (parse, save, /myratings).</summary>
    public static IServiceCollection AddRatings(this IServiceCollection services) => services.AddSingleton<LeaderRatings>();
}
