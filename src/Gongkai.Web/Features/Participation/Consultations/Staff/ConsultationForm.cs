using System.Globalization;
using Gongkai.Web.Platform.Web;

namespace Gongkai.Web.Features.Participation.Consultations.Staff;

/// <summary>The draft form as typed, kept on error; <see cref="Check"/> turns it into a draft or field errors.</summary>
public sealed class ConsultationForm
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Body { get; set; }
    public string? OpensOn { get; set; }
    public string? ClosesOn { get; set; }
    public string? ContactDepartment { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }

    public static ConsultationForm From(Consultation c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new()
        {
            Title = c.Title,
            Summary = c.Summary,
            Body = c.BodyHtml,
            OpensOn = c.OpensOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ClosesOn = c.ClosesOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ContactDepartment = c.ContactDepartment,
            ContactPhone = c.ContactPhone,
            ContactEmail = c.ContactEmail,
        };
    }

    /// <summary>The draft, or the errors by field name; the period is checked against <paramref name="minimumDays"/>.</summary>
    public (ConsultationDraft? Draft, IReadOnlyDictionary<string, string> Errors) Check(int minimumDays)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var title = Text(nameof(Title), Title, 200, "标题", required: true, errors);
        var summary = Text(nameof(Summary), Summary, 1000, "说明", required: false, errors);
        var body = HtmlSanitizer.Sanitize(Body);
        if (body.Length == 0)
        {
            errors[nameof(Body)] = "请填写征求意见稿正文。";
        }
        else if (body.Length > 200_000)
        {
            errors[nameof(Body)] = "正文过长，请分成附件或精简。";
        }

        var opens = Date(nameof(OpensOn), OpensOn, "开始日期", errors);
        var closes = Date(nameof(ClosesOn), ClosesOn, "截止日期", errors);
        if (opens is { } o && closes is { } c && ConsultationPeriod.Problem(o, c, minimumDays) is { } problem)
        {
            errors[nameof(ClosesOn)] = problem;
        }

        var department = Text(nameof(ContactDepartment), ContactDepartment, 64, "联系处室", required: true, errors);
        var phone = Text(nameof(ContactPhone), ContactPhone, 32, "联系电话", required: false, errors);
        var email = Text(nameof(ContactEmail), ContactEmail, 100, "电子邮箱", required: false, errors);
        if (email.Length > 0 && (!email.Contains('@', StringComparison.Ordinal) || email.Contains(' ', StringComparison.Ordinal)))
        {
            errors[nameof(ContactEmail)] = "电子邮箱格式不正确。";
        }

        if (phone.Length == 0 && email.Length == 0 && !errors.ContainsKey(nameof(ContactEmail)))
        {
            errors[nameof(ContactPhone)] = "联系电话和电子邮箱至少填写一项。";
        }

        return errors.Count > 0
            ? (null, errors)
            : (new ConsultationDraft(title, summary, body, opens!.Value, closes!.Value, department, phone, email), errors);
    }

    private static string Text(string field, string? value, int max, string label, bool required, Dictionary<string, string> errors)
    {
        var text = (value ?? "").Trim();
        if (required && text.Length == 0)
        {
            errors[field] = $"请填写{label}。";
        }
        else if (text.Length > max)
        {
            errors[field] = $"{label}不能超过{max}字。";
        }

        return text;
    }

    private static DateOnly? Date(string field, string? value, string label, Dictionary<string, string> errors)
    {
        var text = (value ?? "").Trim();
        if (text.Length == 0)
        {
            errors[field] = $"请填写{label}。";
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors[field] = $"{label}格式不正确，应如“2026-03-02”。";
            return null;
        }

        return date;
    }
}
