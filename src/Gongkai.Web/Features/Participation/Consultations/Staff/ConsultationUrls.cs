namespace Gongkai.Web.Features.Participation.Consultations.Staff;

public static class ConsultationUrls
{
    public static string StaffList(string agencyCode) => $"/admin/{agencyCode}/consultations";

    public static string StaffNew(string agencyCode) => $"/admin/{agencyCode}/consultations/new";

    public static string StaffDetails(string agencyCode, Guid id) => $"/admin/{agencyCode}/consultations/{id}";

    public static string StaffAction(string agencyCode, Guid id, string handler) => $"/admin/{agencyCode}/consultations/{id}?handler={handler}";

    public static string StaffAttachment(string agencyCode, Guid id, Guid attachmentId) => $"/admin/{agencyCode}/consultations/{id}/attachments/{attachmentId}";

    public static string PublicAttachment(string agencyCode, Guid id, Guid attachmentId) => $"/{agencyCode}/consultations/{id}/attachments/{attachmentId}";

    public static string Settings(string agencyCode) => $"/admin/{agencyCode}/manage/consultations";

    public static string PublicList(string agencyCode) => $"/{agencyCode}/consultations";

    public static string PublicDetails(string agencyCode, Guid id) => $"/{agencyCode}/consultations/{id}";
}
