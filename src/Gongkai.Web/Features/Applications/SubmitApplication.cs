using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;

namespace Gongkai.Web.Features.Applications;

/// <summary>An applicant submits online: the case waits for the disclosure office to confirm receipt (条例第三十一条).</summary>
public sealed class SubmitApplication(GongkaiDbContext db, ApplicationNumbers numbers, RepeatCheck repeats, TimeProvider time)
{
    public async Task<Submitted> HandleAsync(Guid agencyId, ApplicationInput input, CancellationToken cancellationToken = default)
    {
        var checkedInput = ApplicationInputCheck.Check(input);
        if (!checkedInput.IsValid)
        {
            return new Submitted(null, null, null, checkedInput.Errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var number = await numbers.NextCaseNumberAsync(agencyId, ChineseDate.Today(time).Year, cancellationToken);
        var code = QueryCode.New();
        var application = Application.Submit(Guid.NewGuid(), agencyId, number, QueryCode.Hash(number, code), checkedInput.Applicant!, checkedInput.Request!, now);
        var similar = await repeats.FindAsync(agencyId, application.Id, application.ApplicantKey, application.Description, now, cancellationToken);
        if (similar.Count > 0)
        {
            application.FlagPossibleRepeat(similar.MaxBy(s => s.Similarity)!.Id);
        }

        db.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        return new Submitted(application.Id, number, code, checkedInput.Errors);
    }

    /// <summary>The number and the query code (shown once), or the errors by field.</summary>
    public sealed record Submitted(Guid? Id, string? Number, string? QueryCode, IReadOnlyDictionary<string, string> Errors);
}
