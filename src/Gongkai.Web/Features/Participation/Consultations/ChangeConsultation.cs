using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Participation.Consultations;

/// <summary>
/// Loads an agency's consultation with its comments, lets one named method of the domain change it, and saves.
/// Null when the consultation is not the agency's.
/// </summary>
internal sealed class ChangeConsultation(GongkaiDbContext db, ConsultationSettingsStore settings, TimeProvider time)
{
    public async Task<Consultation?> HandleAsync(Guid agencyId, Guid id, Action<ConsultationChange> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var consultation = await db.Set<Consultation>().Include(c => c.History)
            .SingleOrDefaultAsync(c => c.Id == id && c.AgencyId == agencyId, cancellationToken);
        if (consultation is null)
        {
            return null;
        }

        var comments = await db.Set<ConsultationComment>().Where(c => c.ConsultationId == id).ToListAsync(cancellationToken);
        var rules = await settings.ForAsync(agencyId, cancellationToken);
        change(new ConsultationChange(consultation, comments, rules, time.GetUtcNow().UtcDateTime, ChineseDate.Today(time)));
        await db.SaveChangesAsync(cancellationToken);
        return consultation;
    }
}

/// <summary>What a change works on: the consultation, its comments, the agency's rules, and the time.</summary>
internal sealed record ConsultationChange(
    Consultation Consultation, IReadOnlyList<ConsultationComment> Comments, ConsultationSettings Settings, DateTime Now, DateOnly Today)
{
    public ConsultationPhase Phase => Consultation.PhaseOn(Today);

    public ConsultationComment Comment(Guid id) =>
        Comments.SingleOrDefault(c => c.Id == id) ?? throw new DomainException("找不到这条意见。");
}
