using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Participation.Consultations.Staff;

/// <summary>Creates a draft, or changes an existing one; the form's errors come back by field.</summary>
internal sealed class SaveConsultation(GongkaiDbContext db, ConsultationSettingsStore settings, TimeProvider time)
{
    public async Task<(Guid? Id, IReadOnlyDictionary<string, string> Errors)> HandleAsync(
        Guid agencyId, Guid? id, ConsultationForm form, StaffActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var rules = await settings.ForAsync(agencyId, cancellationToken);
        var (draft, errors) = form.Check(rules.MinimumDays);
        if (draft is null)
        {
            return (null, errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        Consultation consultation;
        if (id is { } existing)
        {
            consultation = await db.Set<Consultation>().Include(c => c.History)
                .SingleOrDefaultAsync(c => c.Id == existing && c.AgencyId == agencyId, cancellationToken)
                ?? throw new DomainException("找不到这项征求意见。");
            consultation.Edit(draft, rules.MinimumDays, actor, now);
        }
        else
        {
            consultation = Consultation.Create(agencyId, draft, rules.MinimumDays, actor, now);
            db.Add(consultation);
        }

        await db.SaveChangesAsync(cancellationToken);
        return (consultation.Id, errors);
    }
}
