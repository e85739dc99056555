using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Agencies.Hierarchy;

/// <summary>A platform administrator adds an agency to the platform, at a place in the tree.</summary>
public sealed class CreateAgency(GongkaiDbContext db)
{
    public async Task<Agency> HandleAsync(AgencyForm form, CancellationToken cancellationToken = default)
    {
        var code = AgencyCode.Normalize(form.Code ?? "");
        if (await db.Agencies.AnyAsync(a => a.Code == code, cancellationToken))
        {
            throw new DomainException($"机关代码“{code}”已被使用，请换一个。");
        }

        var parentId = form.ParsedParentId();
        if (parentId is not null && !await db.Agencies.AnyAsync(a => a.Id == parentId, cancellationToken))
        {
            throw new DomainException("所选上级机关不存在。");
        }

        var siblings = await db.Agencies.Where(a => a.ParentId == parentId).MaxAsync(a => (int?)a.SortOrder, cancellationToken);
        var agency = new Agency(Guid.NewGuid(), code, form.FullName ?? "", form.ShortName ?? "", form.ParsedLevel(), null);
        agency.MoveUnder(parentId, SortOrderInput.Parse(form.SortOrder, Math.Min((siblings ?? -1) + 1, SortOrderInput.Max)));
        db.Agencies.Add(agency);
        await db.SaveChangesAsync(cancellationToken);
        return agency;
    }
}
