namespace Gongkai.Web.Features.Agencies;

public sealed record AgencyContact(
    string CreditCode,
    string Address,
    string Phone,
    string OfficeHours,
    string DisclosureOfficeContact);
