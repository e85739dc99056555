namespace Gongkai.Web.Features.Participation.Consultations.Decisions;

public static class DecisionUrls
{
    public static string StaffList(string agencyCode, int? year = null) =>
        year is { } y ? $"/admin/{agencyCode}/decisions?year={y}" : $"/admin/{agencyCode}/decisions";

    public static string StaffNew(string agencyCode) => $"/admin/{agencyCode}/decisions/new";

    public static string StaffEdit(string agencyCode, Guid id) => $"/admin/{agencyCode}/decisions/{id}";

    public static string PublicList(string agencyCode, int? year = null) =>
        year is { } y ? $"/{agencyCode}/decisions?year={y}" : $"/{agencyCode}/decisions";
}
