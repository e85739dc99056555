using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Agencies.Profile;

/// <summary>What the agency profile form edits: the names and the contact shown on the public column.</summary>
public sealed class AgencyProfileForm
{
    public string? FullName { get; set; }
    public string? ShortName { get; set; }
    public string? CreditCode { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? OfficeHours { get; set; }
    public string? DisclosureOfficeContact { get; set; }

    public static AgencyProfileForm From(Agency agency) => new()
    {
        FullName = agency.FullName,
        ShortName = agency.ShortName,
        CreditCode = agency.CreditCode,
        Address = agency.Address,
        Phone = agency.Phone,
        OfficeHours = agency.OfficeHours,
        DisclosureOfficeContact = agency.DisclosureOfficeContact,
    };
}

/// <summary>Saves an agency's names and contact; an invalid value throws <see cref="DomainException"/> and nothing is saved.</summary>
public sealed class UpdateAgencyProfile(GongkaiDbContext db)
{
    public async Task HandleAsync(Guid agencyId, AgencyProfileForm form, CancellationToken cancellationToken = default)
    {
        var agency = await db.Agencies.SingleOrDefaultAsync(a => a.Id == agencyId, cancellationToken)
            ?? throw new DomainException("机关不存在。");
        agency.Rename(form.FullName ?? "", form.ShortName ?? "");
        agency.UpdateContact(new AgencyContact(
            form.CreditCode ?? "",
            form.Address ?? "",
            form.Phone ?? "",
            form.OfficeHours ?? "",
            form.DisclosureOfficeContact ?? ""));
        await db.SaveChangesAsync(cancellationToken);
    }
}
