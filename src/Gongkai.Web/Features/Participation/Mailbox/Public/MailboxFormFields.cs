namespace Gongkai.Web.Features.Participation.Mailbox.Public;

/// <summary>The fields of the public form in the order they appear: their labels, and where an error summary links to.</summary>
internal static class MailboxFormFields
{
    /// <summary>承诺: the writer answers for what they typed.</summary>
    public const string Promise = "Promise";

    /// <summary>The honeypot: hidden from people, filled in by form-filling robots.</summary>
    public const string Honeypot = "website";

    public static readonly IReadOnlyList<Field> All =
    [
        new(nameof(MessageInput.Box), "写信渠道", "Box-LeaderMailbox"),
        new(nameof(MessageInput.Category), "留言类别", "Category-PolicyQuestion"),
        new(nameof(MessageInput.Subject), "标题"),
        new(nameof(MessageInput.Body), "留言内容"),
        new(nameof(MessageInput.WriterName), "姓名"),
        new(nameof(MessageInput.Phone), "联系电话"),
        new(nameof(MessageInput.Email), "电子邮箱"),
        new(Promise, "承诺"),
    ];

    public static string Label(string key) => All.Single(f => f.Key == key).Label;

    /// <summary>The errors in form order, each with the label and the element it links to.</summary>
    public static IReadOnlyList<(Field Field, string Message)> InOrder(IReadOnlyDictionary<string, string> errors) =>
        All.Where(f => errors.ContainsKey(f.Key)).Select(f => (f, errors[f.Key])).ToList();

    public sealed record Field(string Key, string Label, string? FirstControl = null)
    {
        public string Anchor => FirstControl ?? Key;
    }
}
