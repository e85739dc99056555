using System.Text.RegularExpressions;

namespace Gongkai.Web.Platform.Web;

/// <summary>The phone and e-mail a member of the public leaves on a form, checked the same way on every form.</summary>
public static partial class ContactCheck
{
    public const int MaxEmail = 100;

    /// <summary>As typed, without spaces (people group digits: 138 1234 5678).</summary>
    public static string NormalizePhone(string? phone) => (phone ?? "").Trim().Replace(" ", "", StringComparison.Ordinal);

    /// <summary>The Chinese error for a normalized phone, or null when it is a mobile or a landline number.</summary>
    public static string? PhoneError(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        return phone.Length == 0 ? "请填写联系电话。"
            : MobilePattern().IsMatch(phone) || LandlinePattern().IsMatch(phone) ? null
            : "联系电话格式不正确：手机号为11位，固定电话如 0531-12345678。";
    }

    /// <summary>Whether a non-empty, trimmed e-mail address is well formed and short enough to store.</summary>
    public static bool IsEmail(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return email.Length <= MaxEmail && EmailPattern().IsMatch(email);
    }

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex MobilePattern();

    [GeneratedRegex(@"^0\d{2,3}-?\d{7,8}(-\d{1,6})?$")]
    private static partial Regex LandlinePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
