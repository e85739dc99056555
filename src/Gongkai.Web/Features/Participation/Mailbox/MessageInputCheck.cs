using System.Text.RegularExpressions;
using Gongkai.Web.Features.Applications;

namespace Gongkai.Web.Features.Participation.Mailbox;

/// <summary>Checks a <see cref="MessageInput"/> field by field; every error is Chinese and names what to fix.</summary>
public static partial class MessageInputCheck
{
    public sealed record Result(MessageDetails? Details, IReadOnlyDictionary<string, string> Errors);

    public static Result Check(MessageInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var box = ApplicationInputCheck.ParseEnum<MessageBox>(input.Box);
        if (box is null)
        {
            errors[nameof(input.Box)] = "请选择写信渠道（领导信箱或在线咨询）。";
        }

        var category = ApplicationInputCheck.ParseEnum<MessageCategory>(input.Category);
        if (category is null)
        {
            errors[nameof(input.Category)] = "请选择留言类别。";
        }

        var subject = Text(input.Subject);
        if (subject.Length == 0)
        {
            errors[nameof(input.Subject)] = "请填写标题。";
        }
        else if (subject.Length > Message.MaxSubject)
        {
            errors[nameof(input.Subject)] = $"标题不能超过{Message.MaxSubject}个字。";
        }

        var body = Text(input.Body);
        if (body.Length == 0)
        {
            errors[nameof(input.Body)] = "请填写留言内容。";
        }
        else if (body.Length > Message.MaxBody)
        {
            errors[nameof(input.Body)] = $"留言内容不能超过{Message.MaxBody}个字。";
        }

        var name = Text(input.WriterName);
        if (name.Length == 0)
        {
            errors[nameof(input.WriterName)] = "请填写姓名。";
        }
        else if (name.Length > 50)
        {
            errors[nameof(input.WriterName)] = "姓名不能超过50个字。";
        }

        var phone = Text(input.Phone).Replace(" ", "", StringComparison.Ordinal);
        if (phone.Length == 0)
        {
            errors[nameof(input.Phone)] = "请填写联系电话。";
        }
        else if (!MobilePattern().IsMatch(phone) && !LandlinePattern().IsMatch(phone))
        {
            errors[nameof(input.Phone)] = "联系电话格式不正确：手机号为11位，固定电话如 0531-12345678。";
        }

        var email = Text(input.Email);
        if (email.Length > 100 || (email.Length > 0 && !EmailPattern().IsMatch(email)))
        {
            errors[nameof(input.Email)] = "电子邮箱格式不正确。";
        }

        return errors.Count > 0
            ? new Result(null, errors)
            : new Result(new MessageDetails(box!.Value, category!.Value, subject, body, name, phone, email, input.KeepPrivate), errors);
    }

    private static string Text(string? text) => (text ?? "").Trim();

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex MobilePattern();

    [GeneratedRegex(@"^0\d{2,3}-?\d{7,8}(-\d{1,6})?$")]
    private static partial Regex LandlinePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
