using System.Globalization;
using Gongkai.Web.Platform.Persistence;

namespace Gongkai.Web.Features.Publications.Staff.Settings;

/// <summary>The settings form as typed.</summary>
public sealed class PublicationSettingsForm
{
    public string? IndexNumberPattern { get; set; }
    public string? ReviewIntervalMonths { get; set; }
}

/// <summary>Changes an agency's index-number pattern and periodic-review interval.</summary>
public sealed class ChangePublicationSettings(GongkaiDbContext db)
{
    public async Task HandleAsync(Guid agencyId, PublicationSettingsForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!int.TryParse(form.ReviewIntervalMonths?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var months))
        {
            throw new DomainException("定期审查间隔应为1至60之间的整数（月）。");
        }

        var settings = await AgencySettings.LoadAsync(db, agencyId, cancellationToken);
        settings.Change(form.IndexNumberPattern ?? "", months);
        await db.SaveChangesAsync(cancellationToken);
    }
}
