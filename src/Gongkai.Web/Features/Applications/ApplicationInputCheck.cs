using System.Text.RegularExpressions;
using Gongkai.Web.Platform.Web;
using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Applications.Applicants;

namespace Gongkai.Web.Features.Applications;

/// <summary>Checks an <see cref="ApplicationInput"/> field by field; every error is Chinese and names what to fix.</summary>
public static partial class ApplicationInputCheck
{
    public const int MaxDescription = 2000;

    public sealed record Result(ApplicantDetails? Applicant, RequestDetails? Request, IReadOnlyDictionary<string, string> Errors)
    {
        public bool IsValid => Errors.Count == 0;
    }

    public static Result Check(ApplicationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var kind = ParseEnum<ApplicantKind>(input.Kind);
        if (kind is null)
        {
            errors[nameof(input.Kind)] = "请选择申请人类型。";
        }

        var name = Text(input.Name);
        if (name.Length == 0)
        {
            errors[nameof(input.Name)] = kind is { } k && k.IsOrganization() ? "请填写组织名称。" : "请填写姓名。";
        }
        else if (name.Length > 100)
        {
            errors[nameof(input.Name)] = "名称不能超过100个字。";
        }

        IdDocumentType? idType = null;
        var idNumber = "";
        var creditCode = "";
        var legalRepresentative = "";
        if (kind == ApplicantKind.NaturalPerson)
        {
            idType = ParseEnum<IdDocumentType>(input.IdType);
            idNumber = Text(input.IdNumber).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
            if (idType is null)
            {
                errors[nameof(input.IdType)] = "请选择身份证件类型。";
            }

            if (idNumber.Length == 0)
            {
                errors[nameof(input.IdNumber)] = "请填写证件号码。";
            }
            else if (idType == IdDocumentType.ResidentIdCard && !ResidentIdNumber.IsValid(idNumber))
            {
                errors[nameof(input.IdNumber)] = "居民身份证号码不正确：应为18位，最后一位校验码须与前17位相符，请核对。";
            }
            else if (idType != IdDocumentType.ResidentIdCard && !OtherIdPattern().IsMatch(idNumber))
            {
                errors[nameof(input.IdNumber)] = "证件号码应为5至30位字母、数字或连字符。";
            }
        }
        else if (kind is not null)
        {
            creditCode = Text(input.CreditCode).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
            legalRepresentative = Text(input.LegalRepresentative);
            if (creditCode.Length == 0)
            {
                errors[nameof(input.CreditCode)] = "请填写统一社会信用代码。";
            }
            else if (!UnifiedSocialCreditCode.IsValid(creditCode))
            {
                errors[nameof(input.CreditCode)] = "统一社会信用代码不正确：应为18位，最后一位校验码须与前17位相符，请核对。";
            }

            if (legalRepresentative.Length == 0)
            {
                errors[nameof(input.LegalRepresentative)] = "请填写法定代表人或负责人。";
            }
            else if (legalRepresentative.Length > 50)
            {
                errors[nameof(input.LegalRepresentative)] = "法定代表人不能超过50个字。";
            }
        }

        var contactName = Limit(input.ContactName, 50, nameof(input.ContactName), "联系人", errors);
        var phone = ContactCheck.NormalizePhone(input.Phone);
        if (ContactCheck.PhoneError(phone) is { } phoneError)
        {
            errors[nameof(input.Phone)] = phoneError;
        }

        var delivery = ParseEnum<DeliveryMethod>(input.Delivery);
        if (delivery is null)
        {
            errors[nameof(input.Delivery)] = "请选择获取信息的方式。";
        }

        var format = ParseEnum<InformationFormat>(input.Format);
        if (format is null)
        {
            errors[nameof(input.Format)] = "请选择信息的载体形式。";
        }

        var email = Text(input.Email);
        if (email.Length > 0 && !ContactCheck.IsEmail(email))
        {
            errors[nameof(input.Email)] = "电子邮箱格式不正确。";
        }
        else if (email.Length == 0 && delivery == DeliveryMethod.Electronic)
        {
            errors[nameof(input.Email)] = "选择电子方式获取的，请填写电子邮箱。";
        }

        var address = Limit(input.Address, 200, nameof(input.Address), "通信地址", errors);
        if (address.Length == 0 && delivery == DeliveryMethod.Post)
        {
            errors[nameof(input.Address)] = "选择邮寄的，请填写通信地址。";
        }

        var postalCode = Text(input.PostalCode);
        if (postalCode.Length > 0 && !PostalCodePattern().IsMatch(postalCode))
        {
            errors[nameof(input.PostalCode)] = "邮政编码应为6位数字。";
        }

        var description = Text(input.Description);
        if (description.Length < 5)
        {
            errors[nameof(input.Description)] = "请描述所需政府信息（至少5个字），写明内容、时间范围等便于查找的特征。";
        }
        else if (description.Length > MaxDescription)
        {
            errors[nameof(input.Description)] = $"所需信息的描述不能超过{MaxDescription}个字。";
        }

        var documentTitle = Limit(input.DocumentTitle, 200, nameof(input.DocumentTitle), "文件名称", errors);
        var documentNumber = Limit(input.DocumentNumber, 64, nameof(input.DocumentNumber), "文号", errors);

        if (errors.Count > 0)
        {
            return new Result(null, null, errors);
        }

        var applicant = new ApplicantDetails(kind!.Value, name, idType, idNumber, creditCode, legalRepresentative, contactName, phone, email, address, postalCode);
        var request = new RequestDetails(description, documentTitle, documentNumber, delivery!.Value, format!.Value);
        return new Result(applicant, request, errors);
    }

    /// <summary>Only the names of the enum: a number typed in a field is not a choice the form offered.</summary>
    public static T? ParseEnum<T>(string? text)
        where T : struct, Enum =>
        !Text(text).Contains(',', StringComparison.Ordinal) // TryParse reads "A, B" as the flags A|B
        && Enum.TryParse<T>(Text(text), ignoreCase: false, out var value) && Enum.IsDefined(value) && !int.TryParse(Text(text), out _)
            ? value
            : null;

    private static string Text(string? text) => (text ?? "").Trim();

    private static string Limit(string? text, int max, string field, string label, Dictionary<string, string> errors)
    {
        var value = Text(text);
        if (value.Length > max)
        {
            errors[field] = $"{label}不能超过{max}个字。";
        }

        return value;
    }

    [GeneratedRegex(@"^\d{6}$")]
    private static partial Regex PostalCodePattern();

    [GeneratedRegex(@"^[A-Z0-9\-]{5,30}$")]
    private static partial Regex OtherIdPattern();
}
