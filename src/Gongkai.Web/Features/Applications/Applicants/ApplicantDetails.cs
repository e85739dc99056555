namespace Gongkai.Web.Features.Applications.Applicants;

/// <summary>Who applies, as checked by <see cref="ApplicationInputCheck"/>: personal data, shown only to the case's staff.</summary>
public sealed record ApplicantDetails(
    ApplicantKind Kind,
    string Name,
    IdDocumentType? IdType,
    string IdNumber,
    string CreditCode,
    string LegalRepresentative,
    string ContactName,
    string Phone,
    string Email,
    string Address,
    string PostalCode)
{
    /// <summary>The same applicant across cases (repeat check, 按件 count): the ID number or the credit code.</summary>
    public string Key => Kind == ApplicantKind.NaturalPerson
        ? $"P{(int)(IdType ?? IdDocumentType.Other)}:{IdNumber.ToUpperInvariant()}"
        : $"O:{CreditCode.ToUpperInvariant()}";
}
