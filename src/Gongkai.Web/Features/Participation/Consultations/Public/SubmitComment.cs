using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;

namespace Gongkai.Web.Features.Participation.Consultations.Public;

/// <summary>Takes a comment from the public while the consultation is open; pending until approved when the agency moderates.</summary>
internal sealed class SubmitComment(GongkaiDbContext db, ConsultationSettingsStore settings, TimeProvider time)
{
    public async Task<IReadOnlyDictionary<string, string>> HandleAsync(Consultation consultation, CommentForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(consultation);
        ArgumentNullException.ThrowIfNull(form);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var today = ChineseDate.Today(time);
        switch (consultation.PhaseOn(today))
        {
            case ConsultationPhase.NotYetOpen:
                errors[CommentForm.TextField] = $"征求意见将于{ChineseDate.Format(consultation.OpensOn)}开始，届时再提交意见。";
                return errors;
            case ConsultationPhase.Open:
                break;
            default:
                errors[CommentForm.TextField] = $"征求意见已于{ChineseDate.Format(consultation.ClosesOn)}截止，不再接收意见。";
                return errors;
        }

        var articles = ConsultationArticles.Split(consultation.BodyHtml);
        var checkedForm = form.Check(articles);
        if (checkedForm.Errors.Count > 0)
        {
            return checkedForm.Errors;
        }

        var rules = await settings.ForAsync(consultation.AgencyId, cancellationToken);
        db.Add(new ConsultationComment(
            consultation.Id, checkedForm.Article, checkedForm.Text, checkedForm.Name, checkedForm.Contact, time.GetUtcNow().UtcDateTime, rules.ModerateComments));
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }
}
