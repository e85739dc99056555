using System.Globalization;
using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Applications.Staff;

/// <summary>The settings form as typed.</summary>
public sealed class ApplicationSettingsForm
{
    public string? PaymentWorkingDays { get; set; }
    public string? SupplementWorkingDays { get; set; }
    public string? ReviewBody { get; set; }
    public string? Court { get; set; }
    public string? LetterPrefix { get; set; }

    public static ApplicationSettingsForm From(ApplicationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new()
        {
            PaymentWorkingDays = settings.PaymentWorkingDays.ToString(CultureInfo.InvariantCulture),
            SupplementWorkingDays = settings.SupplementWorkingDays.ToString(CultureInfo.InvariantCulture),
            ReviewBody = settings.ReviewBody,
            Court = settings.Court,
            LetterPrefix = settings.LetterPrefix,
        };
    }
}

/// <summary>Changes an agency's application settings; the row is created, from the defaults, on the first save.</summary>
public sealed class ChangeApplicationSettings(GongkaiDbContext db)
{
    public async Task HandleAsync(Agency agency, ApplicationSettingsForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agency);
        ArgumentNullException.ThrowIfNull(form);
        var payment = Days(form.PaymentWorkingDays, "缴费期限");
        var supplement = Days(form.SupplementWorkingDays, "补正期限");
        var settings = await db.Set<ApplicationSettings>().SingleOrDefaultAsync(s => s.AgencyId == agency.Id, cancellationToken);
        if (settings is null)
        {
            settings = ApplicationSettingsStore.Default(agency);
            db.Add(settings);
        }

        settings.Change(payment, supplement, form.ReviewBody ?? "", form.Court ?? "", form.LetterPrefix ?? "");
        await db.SaveChangesAsync(cancellationToken);
    }

    private static int Days(string? text, string field) =>
        int.TryParse((text ?? "").Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days)
            ? days
            : throw new DomainException($"{field}应为1至60之间的整数（工作日）。");
}
