using ChatAppraisal.Members;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Appraisal;

public static class AdministrationServices
{
    /// <summary>The admin's changes (villages, members, periods) as services the admin API and the chat share.</summary>
    public static IServiceCollection AddAppraisalAdministration(this IServiceCollection services)
    {
        services.AddSingleton<VillageRoster>();
        services.AddSingleton<PeriodSetup>();
        services.AddSingleton<MemberRoster>();
        return services;
    }
}
