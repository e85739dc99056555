namespace Gongkai.Web.Features.Applications;

/// <summary>An application as typed into the public form or the registration form: every field a string, kept on error.</summary>
public sealed class ApplicationInput
{
    public string? Kind { get; set; }
    public string? Name { get; set; }
    public string? IdType { get; set; }
    public string? IdNumber { get; set; }
    public string? CreditCode { get; set; }
    public string? LegalRepresentative { get; set; }
    public string? ContactName { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }
    public string? PostalCode { get; set; }
    public string? Description { get; set; }
    public string? DocumentTitle { get; set; }
    public string? DocumentNumber { get; set; }
    public string? Delivery { get; set; }
    public string? Format { get; set; }
}
