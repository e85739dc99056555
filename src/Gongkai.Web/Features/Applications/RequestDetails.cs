namespace Gongkai.Web.Features.Applications;

/// <summary>条例第二十九条: the information wanted and the form and way the applicant wants it.</summary>
public sealed record RequestDetails(string Description, string DocumentTitle, string DocumentNumber, DeliveryMethod Delivery, InformationFormat Format);
