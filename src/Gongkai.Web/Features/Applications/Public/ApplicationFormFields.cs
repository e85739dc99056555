namespace Gongkai.Web.Features.Applications.Public;

/// <summary>The fields of the public form in the order they appear: their labels, and where an error summary links to.</summary>
internal static class ApplicationFormFields
{
    /// <summary>承诺: the applicant answers for what they typed; not part of the application itself.</summary>
    public const string Promise = "Promise";

    /// <summary>The honeypot: hidden from people, filled in by form-filling robots.</summary>
    public const string Honeypot = "website";

    public static readonly IReadOnlyList<Field> All =
    [
        new(nameof(ApplicationInput.Kind), "申请人类型", "Kind-NaturalPerson"),
        new(nameof(ApplicationInput.Name), "姓名/名称"),
        new(nameof(ApplicationInput.IdType), "证件类型"),
        new(nameof(ApplicationInput.IdNumber), "证件号码"),
        new(nameof(ApplicationInput.CreditCode), "统一社会信用代码"),
        new(nameof(ApplicationInput.LegalRepresentative), "法定代表人"),
        new(nameof(ApplicationInput.ContactName), "联系人"),
        new(nameof(ApplicationInput.Phone), "联系电话"),
        new(nameof(ApplicationInput.Email), "电子邮箱"),
        new(nameof(ApplicationInput.Address), "通信地址"),
        new(nameof(ApplicationInput.PostalCode), "邮政编码"),
        new(nameof(ApplicationInput.Description), "所需信息描述"),
        new(nameof(ApplicationInput.DocumentTitle), "文件名称"),
        new(nameof(ApplicationInput.DocumentNumber), "文号"),
        new(nameof(ApplicationInput.Delivery), "获取方式", "Delivery-Electronic"),
        new(nameof(ApplicationInput.Format), "载体形式", "Format-Paper"),
        new(Promise, "承诺"),
    ];

    /// <summary>The errors in form order, each with the label and the element it links to.</summary>
    public static IReadOnlyList<(Field Field, string Message)> InOrder(IReadOnlyDictionary<string, string> errors) =>
        All.Where(f => errors.ContainsKey(f.Key)).Select(f => (f, errors[f.Key])).ToList();

    public sealed record Field(string Key, string Label, string? FirstControl = null)
    {
        public string Anchor => FirstControl ?? Key;
    }
}
