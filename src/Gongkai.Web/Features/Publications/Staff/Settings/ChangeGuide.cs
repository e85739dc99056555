using Gongkai.Web.Platform.Persistence;
using Gongkai.Web.Platform.Web;

namespace Gongkai.Web.Features.Publications.Staff.Settings;

/// <summary>Saves an agency's 公开指南, sanitized; an empty guide means the default one built from the agency's data.</summary>
public sealed class ChangeGuide(GongkaiDbContext db)
{
    public async Task HandleAsync(Guid agencyId, string? html, CancellationToken cancellationToken = default)
    {
        var settings = await AgencySettings.LoadAsync(db, agencyId, cancellationToken);
        settings.ChangeGuide(HtmlSanitizer.Sanitize(html));
        await db.SaveChangesAsync(cancellationToken);
    }
}
