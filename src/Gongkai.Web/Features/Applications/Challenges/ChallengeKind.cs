namespace Gongkai.Web.Features.Applications.Challenges;

/// <summary>The three column groups of section 四 of the annual report. Stored numbers.</summary>
public enum ChallengeKind
{
    AdministrativeReview = 1,
    DirectLitigation = 2,
    LitigationAfterReview = 3,
}

/// <summary>结果维持, 结果纠正, 其他结果, 尚未审结. Stored numbers.</summary>
public enum ChallengeResult
{
    Pending = 0,
    Upheld = 1,
    Corrected = 2,
    Other = 3,
}

public static class ChallengeText
{
    public static string ToChinese(this ChallengeKind kind) => kind switch
    {
        ChallengeKind.AdministrativeReview => "行政复议",
        ChallengeKind.DirectLitigation => "行政诉讼（未经复议直接起诉）",
        ChallengeKind.LitigationAfterReview => "行政诉讼（复议后起诉）",
        _ => kind.ToString(),
    };

    public static string ToChinese(this ChallengeResult result) => result switch
    {
        ChallengeResult.Pending => "尚未审结",
        ChallengeResult.Upheld => "结果维持",
        ChallengeResult.Corrected => "结果纠正",
        ChallengeResult.Other => "其他结果",
        _ => result.ToString(),
    };
}
