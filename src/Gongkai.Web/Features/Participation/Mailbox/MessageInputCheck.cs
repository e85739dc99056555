using Gongkai.Web.Features.Applications;
using Gongkai.Web.Platform.Web;

namespace Gongkai.Web.Features.Participation.Mailbox;

/// <summary>Checks a <see cref="MessageInput"/> field by field; every error is Chinese and names what to fix.</summary>
public static class MessageInputCheck
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

        var phone = ContactCheck.NormalizePhone(input.Phone);
        if (ContactCheck.PhoneError(phone) is { } phoneError)
        {
            errors[nameof(input.Phone)] = phoneError;
        }

        var email = Text(input.Email);
        if (email.Length > 0 && !ContactCheck.IsEmail(email))
        {
            errors[nameof(input.Email)] = "电子邮箱格式不正确。";
        }

        return errors.Count > 0
            ? new Result(null, errors)
            : new Result(new MessageDetails(box!.Value, category!.Value, subject, body, name, phone, email, input.KeepPrivate), errors);
    }

    private static string Text(string? text) => (text ?? "").Trim();
}
