using Gongkai.Web.Features.Agencies;

namespace Gongkai.Web.Features.Applications.Letters;

/// <summary>Composes a case's letters as DOCX from what the case records.</summary>
public sealed class ApplicationLetters(ApplicationSettingsStore settings)
{
    /// <summary>The letters the case has reached, in the order they went out.</summary>
    public static IReadOnlyList<LetterKind> Available(Application application)
    {
        ArgumentNullException.ThrowIfNull(application);
        var kinds = new List<LetterKind>();
        if (application.SupplementRequestedOn is not null)
        {
            kinds.Add(LetterKind.SupplementNotice);
        }

        if (application.Consultations.Count > 0)
        {
            kinds.Add(LetterKind.ConsultationLetter);
        }

        if (application.ExtendedOn is not null)
        {
            kinds.Add(LetterKind.ExtensionNotice);
        }

        if (application.FeeNoticeOn is not null)
        {
            kinds.Add(LetterKind.FeeNotice);
        }

        if (application.ReplyNumber.Length > 0)
        {
            kinds.Add(LetterKind.ReplyLetter);
        }

        return kinds;
    }

    /// <summary>Null when the case has not reached that letter (or has no such consultation).</summary>
    public async Task<LetterFile?> ComposeAsync(Agency agency, Application application, LetterKind kind, Guid? consultationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agency);
        ArgumentNullException.ThrowIfNull(application);
        var agencySettings = await settings.ForAsync(agency, cancellationToken);
        return LetterComposer.Compose(agency, application, agencySettings, kind, consultationId);
    }
}
