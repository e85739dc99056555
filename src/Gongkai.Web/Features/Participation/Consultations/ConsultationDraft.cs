namespace Gongkai.Web.Features.Participation.Consultations;

/// <summary>The checked content of a draft as staff typed it; the body is already sanitized.</summary>
public sealed record ConsultationDraft(
    string Title, string Summary, string BodyHtml, DateOnly OpensOn, DateOnly ClosesOn,
    string ContactDepartment, string ContactPhone, string ContactEmail);
