namespace Gongkai.Web.Features.Applications;

/// <summary>An agency's choices where the rules leave room: periods from local notices, and who hears a challenge.</summary>
public sealed class ApplicationSettings
{
    public const int DefaultPaymentWorkingDays = 20;
    public const int DefaultSupplementWorkingDays = 15;
    public const string DefaultReviewBody = "本级人民政府";
    public const string DefaultCourt = "有管辖权的人民法院";

    private ApplicationSettings()
    {
    }

    public ApplicationSettings(Guid agencyId, string letterPrefix)
    {
        AgencyId = agencyId;
        LetterPrefix = letterPrefix;
    }

    public Guid AgencyId { get; private set; }

    /// <summary>The payment window after a fee notice; 20 working days in the provincial notices seen so far.</summary>
    public int PaymentWorkingDays { get; private set; } = DefaultPaymentWorkingDays;

    /// <summary>The period a supplement notice gives by default (条例第三十条 says only “合理期限”).</summary>
    public int SupplementWorkingDays { get; private set; } = DefaultSupplementWorkingDays;

    /// <summary>The 行政复议 body named in reply letters (行政复议法第二十四条 since 2024: usually 本级人民政府).</summary>
    public string ReviewBody { get; private set; } = DefaultReviewBody;

    public string Court { get; private set; } = DefaultCourt;

    /// <summary>The issuer part of letter numbers: “{prefix}〔2026〕3号”.</summary>
    public string LetterPrefix { get; private set; } = "";

    public void Change(int paymentWorkingDays, int supplementWorkingDays, string reviewBody, string court, string letterPrefix)
    {
        if (paymentWorkingDays is < 1 or > 60 || supplementWorkingDays is < 1 or > 60)
        {
            throw new DomainException("缴费期限和补正期限应为1至60个工作日。");
        }

        ReviewBody = Required(reviewBody, "请填写行政复议机关。", 100);
        Court = Required(court, "请填写人民法院。", 100);
        LetterPrefix = Required(letterPrefix, "请填写文书编号前缀。", 32);
        PaymentWorkingDays = paymentWorkingDays;
        SupplementWorkingDays = supplementWorkingDays;
    }

    private static string Required(string? text, string message, int max)
    {
        var value = (text ?? "").Trim();
        return value.Length == 0 ? throw new DomainException(message)
            : value.Length > max ? throw new DomainException($"{message[2..^1]}不能超过{max}个字。")
            : value;
    }
}
