using Gongkai.Web.Features.Agencies;

namespace Gongkai.Web.Features.Applications.Letters;

/// <summary>One letter of a case as a DOCX file, from the case and the agency's settings alone.</summary>
internal static class LetterComposer
{
    /// <summary>Null when the case has not reached that letter, or has no consultation with that id.</summary>
    public static LetterFile? Compose(Agency agency, Application application, ApplicationSettings settings, LetterKind kind, Guid? consultationId)
    {
        ArgumentNullException.ThrowIfNull(agency);
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(settings);
        var letter = kind switch
        {
            LetterKind.SupplementNotice => SupplementNoticeLetter.Compose(agency, application),
            LetterKind.ExtensionNotice => ExtensionNoticeLetter.Compose(agency, application),
            LetterKind.FeeNotice => FeeNoticeLetter.Compose(agency, application),
            LetterKind.ConsultationLetter => ConsultationLetter.Compose(agency, application, consultationId),
            LetterKind.ReplyLetter => ReplyLetter.Compose(agency, application, settings),
            _ => null,
        };
        return letter is null ? null : new LetterFile($"{application.Number}-{kind.ToChinese()}.docx", DocxLetter.Write(letter));
    }
}
