using ChatAppraisal.Conversations;
using ChatAppraisal.Conversations.Evidence;
using ChatAppraisal.Evidence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

// In the root namespace, beside AddAppraisalCore, so callers need no extra using.
namespace ChatAppraisal;

public static class EvidenceServiceCollectionExtensions
{
    /// <summary>
    /// Attachments in the database file (validated <c>Storage:MaxAttachmentsMegabytes</c>), /attach (also opened for a file
    /// sent with no dialog open) and /report. Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddEvidence(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(Attachments))) return services;
        services.AddOptions<EvidenceOptions>().BindConfiguration(EvidenceOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<Attachments>();
        services.TryAddSingleton<EvidenceZip>();
        services.AddDialog<AttachDialog>();
        services.AddDialog<ReportDialog>();
        return services;
    }
}
