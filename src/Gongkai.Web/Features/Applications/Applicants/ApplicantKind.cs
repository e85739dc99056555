namespace Gongkai.Web.Features.Applications.Applicants;

/// <summary>The columns of the annual report's application table (国办公开办函〔2021〕30号). Stored numbers: never renumber.</summary>
public enum ApplicantKind
{
    NaturalPerson = 1,
    Business = 2,
    Research = 3,
    Charity = 4,
    LegalService = 5,
    OtherOrganization = 6,
}

public static class ApplicantKindText
{
    public static string ToChinese(this ApplicantKind kind) => kind switch
    {
        ApplicantKind.NaturalPerson => "自然人",
        ApplicantKind.Business => "商业企业",
        ApplicantKind.Research => "科研机构",
        ApplicantKind.Charity => "社会公益组织",
        ApplicantKind.LegalService => "法律服务机构",
        ApplicantKind.OtherOrganization => "其他组织",
        _ => kind.ToString(),
    };

    public static bool IsOrganization(this ApplicantKind kind) => kind != ApplicantKind.NaturalPerson;
}
