using Gongkai.Web.Platform.Persistence;
using Gongkai.Web.Platform.Web;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Participation.Consultations.Public;

/// <summary>
/// The one gate through which public pages read consultations and comments: a draft never passes, and of the comments
/// only approved ones do. Also the comment form's abuse limit.
/// </summary>
internal sealed class PublicConsultations(GongkaiDbContext db)
{
    public const string CommentPolicy = "consultation-comment";
    public const string CommentPerHourKey = "Participation:RateLimit:CommentPerHour";
    public const int DefaultCommentPerHour = 10;

    public IQueryable<Consultation> Of(Guid agencyId) =>
        db.Set<Consultation>().AsNoTracking().Where(c => c.AgencyId == agencyId && c.Status != ConsultationStatus.Draft);

    public Task<Consultation?> FindAsync(Guid agencyId, Guid id, CancellationToken cancellationToken) =>
        Of(agencyId).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

    public async Task<IReadOnlyList<ConsultationComment>> ApprovedCommentsAsync(Guid consultationId, CancellationToken cancellationToken) =>
        await db.Set<ConsultationComment>().AsNoTracking()
            .Where(c => c.ConsultationId == consultationId && c.Status == CommentStatus.Approved)
            .OrderBy(c => c.SubmittedAt).ToListAsync(cancellationToken);

    /// <summary>The draft's files, once the consultation is out for comment.</summary>
    public async Task<IReadOnlyList<ConsultationAttachment>> AttachmentsAsync(Guid agencyId, Guid id, CancellationToken cancellationToken)
    {
        var published = Of(agencyId);
        return await db.Set<ConsultationAttachment>().AsNoTracking()
            .Where(a => a.ConsultationId == id && published.Any(c => c.Id == id))
            .OrderBy(a => a.SortOrder).ToListAsync(cancellationToken);
    }

    public Task<ConsultationAttachment?> FindAttachmentAsync(Guid agencyId, Guid id, Guid attachmentId, CancellationToken cancellationToken)
    {
        var published = Of(agencyId);
        return db.Set<ConsultationAttachment>().AsNoTracking()
            .Where(a => a.Id == attachmentId && a.ConsultationId == id && published.Any(c => c.Id == id))
            .SingleOrDefaultAsync(cancellationToken);
    }

    public static void AddLimits(IServiceCollection services) =>
        // Read at start-up, so a deployment (or a test host) sets its own limit.
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((options, configuration) =>
            options.AddPolicy(CommentPolicy, new HourlyClientLimit(configuration.GetValue(CommentPerHourKey, DefaultCommentPerHour))));
}
