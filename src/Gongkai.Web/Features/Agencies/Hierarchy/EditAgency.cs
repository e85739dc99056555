using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Agencies.Hierarchy;

/// <summary>
/// A platform administrator renames an agency, changes its level or moves it in the tree; a move under itself or
/// under one of its own subordinates is refused. The code is not changed: it is in every public URL.
/// False when there is no such agency.
/// </summary>
public sealed class EditAgency(GongkaiDbContext db)
{
    public async Task<bool> HandleAsync(Guid agencyId, AgencyForm form, CancellationToken cancellationToken = default)
    {
        // The whole tree, to look for cycles: a platform holds tens or hundreds of agencies, not millions.
        var all = await db.Agencies.ToListAsync(cancellationToken);
        var agency = all.SingleOrDefault(a => a.Id == agencyId);
        if (agency is null)
        {
            return false;
        }

        var parentId = form.ParsedParentId();
        AgencyTree.EnsureCanMove(all, agencyId, parentId);
        agency.Rename(form.FullName ?? "", form.ShortName ?? "");
        agency.ChangeLevel(form.ParsedLevel());
        agency.MoveUnder(parentId, SortOrderInput.Parse(form.SortOrder, agency.SortOrder));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
