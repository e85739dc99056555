using Gongkai.Web.Platform.Calendar;

namespace Gongkai.Web.Features.Applications.Public;

/// <summary>
/// 条例第三十条: the applicant answers the supplement notice on the status page; the reply period counts again from
/// the day the answer arrives, which for an answer typed online is the day it is sent.
/// </summary>
internal sealed class AnswerSupplement(ChangeApplication change, WorkingCalendar workingCalendar, TimeProvider time)
{
    /// <summary>The Chinese error for the answer field, or null when the answer is valid.</summary>
    public static string? Check(string? answer)
    {
        var text = (answer ?? "").Trim();
        return text.Length == 0 ? "请填写补正的内容。"
            : text.Length > ApplicationInputCheck.MaxDescription ? $"补正内容不能超过{ApplicationInputCheck.MaxDescription}个字。"
            : null;
    }

    /// <summary>Records the answer; a case that no longer awaits one throws a DomainException with the reason.</summary>
    public async Task HandleAsync(Application application, string answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(application);
        var error = Check(answer);
        if (error is not null)
        {
            throw new DomainException(error);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var today = ChineseDate.Today(time);
        var calendar = await workingCalendar.CurrentAsync(cancellationToken);
        var found = await change.HandleAsync(application.AgencyId, application.Id, current =>
        {
            if (current.Status != ApplicationStatus.AwaitingSupplement)
            {
                throw new DomainException("本申请当前不需要补正。");
            }

            current.ReceiveSupplement(Application.ApplicantActor(current.ApplicantName), answer.Trim(), today, calendar, today, now);
            return Task.CompletedTask;
        }, cancellationToken);
        if (!found)
        {
            throw new DomainException(FindApplicantCase.Refused);
        }
    }
}
