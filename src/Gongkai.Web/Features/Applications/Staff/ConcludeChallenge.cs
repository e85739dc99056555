using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Applications.Challenges;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Applications.Staff;

/// <summary>Records how a 行政复议 or 行政诉讼 ended (结果维持/纠正/其他), noted in the case's history.</summary>
public sealed class ConcludeChallenge(GongkaiDbContext db, ChangeApplication change, TimeProvider time)
{
    public const int MaxNote = 1000;

    /// <summary>False when the agency has no such case; a refusal throws a DomainException with the reason.</summary>
    public async Task<bool> HandleAsync(Agency agency, Guid applicationId, ChallengeConclusionForm form, StaffActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agency);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(actor);
        var result = ApplicationInputCheck.ParseEnum<ChallengeResult>(form.Result);
        if (result is null or ChallengeResult.Pending)
        {
            throw new DomainException("请选择审结结果（结果维持、结果纠正或其他结果）。");
        }

        var concludedOn = MoveApplication.ParseDate(form.ConcludedOn, "审结日期");
        var note = (form.Note ?? "").Trim();
        if (note.Length > MaxNote)
        {
            throw new DomainException($"说明不能超过{MaxNote}个字。");
        }

        var today = ChineseDate.Today(time);
        var now = time.GetUtcNow().UtcDateTime;
        return await change.HandleAsync(agency.Id, applicationId, async application =>
        {
            var challenge = await db.Set<Challenge>()
                .SingleOrDefaultAsync(c => c.Id == form.ChallengeId && c.ApplicationId == application.Id, cancellationToken)
                ?? throw new DomainException("没有找到这条行政复议或行政诉讼记录。");
            if (challenge.Result != ChallengeResult.Pending)
            {
                throw new DomainException($"这件{challenge.Kind.ToChinese()}已登记审结结果（{challenge.Result.ToChinese()}）。");
            }

            // The history note first: it checks that the actor is the disclosure office before anything changes.
            application.NoteChallenge(actor, $"{challenge.Kind.ToChinese()}审结：{result.Value.ToChinese()}，{concludedOn:yyyy-MM-dd}{(note.Length > 0 ? $"；{note}" : "")}", now);
            challenge.Conclude(result.Value, concludedOn, note, today, now);
        }, cancellationToken);
    }
}
