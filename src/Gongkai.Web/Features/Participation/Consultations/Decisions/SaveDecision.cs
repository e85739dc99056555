using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Participation.Consultations.Decisions;

/// <summary>Adds an item to the catalog or changes one; links must point at the agency's own consultation and public document.</summary>
internal sealed class SaveDecision(GongkaiDbContext db, PublicDocuments documents, TimeProvider time)
{
    public async Task<(Guid? Id, IReadOnlyDictionary<string, string> Errors)> HandleAsync(
        Guid agencyId, Guid? id, DecisionForm form, StaffActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(actor);
        var (input, checkErrors) = form.Check();
        if (input is null)
        {
            return (null, checkErrors);
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (input.ConsultationId is { } consultationId
            && !await db.Set<Consultation>().AnyAsync(c => c.Id == consultationId && c.AgencyId == agencyId, cancellationToken))
        {
            errors[nameof(DecisionForm.ConsultationId)] = "请从列表中选择本机关的征求意见。";
        }

        if (input.DocumentIndexNumber.Length > 0
            && !await documents.Of(agencyId).AnyAsync(d => d.IndexNumber == input.DocumentIndexNumber, cancellationToken))
        {
            errors[nameof(DecisionForm.DocumentIndexNumber)] = "找不到该索引号对应的本机关已公开文件。";
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        MajorDecision decision;
        if (id is { } existing)
        {
            decision = await db.Set<MajorDecision>().Include(d => d.Steps)
                .SingleOrDefaultAsync(d => d.Id == existing && d.AgencyId == agencyId, cancellationToken)
                ?? throw new DomainException("找不到这个事项。");
            decision.Change(input, actor.Name, now);
        }
        else
        {
            decision = MajorDecision.Create(agencyId, input, actor.Name, now);
            db.Add(decision);
        }

        await db.SaveChangesAsync(cancellationToken);
        return (decision.Id, errors);
    }
}
