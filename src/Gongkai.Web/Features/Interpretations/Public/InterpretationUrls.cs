namespace Gongkai.Web.Features.Interpretations.Public;

/// <summary>The public addresses of the 政策解读 column.</summary>
public static class InterpretationUrls
{
    public static string Column(string agencyCode) => $"/{agencyCode}/interpretations";

    public static string Interpretation(string agencyCode, Guid id) => $"/{agencyCode}/interpretations/{id}";
}
