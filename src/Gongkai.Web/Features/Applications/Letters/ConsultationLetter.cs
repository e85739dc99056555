using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Platform.Calendar;

namespace Gongkai.Web.Features.Applications.Letters;

/// <summary>
/// 征求意见函 to a third party (条例第三十二条) or a co-producing agency (第三十四条). It goes to someone other than the
/// applicant, so it says nothing about who applied: not the applicant's name, ID number, telephone, e-mail or address.
/// </summary>
internal static class ConsultationLetter
{
    /// <summary>The consultation with that id, or the latest when no id is given; null when there is none.</summary>
    public static LetterDocument? Compose(Agency agency, Application application, Guid? consultationId)
    {
        var consultations = application.Consultations;
        var index = consultationId is { } id
            ? consultations.ToList().FindIndex(c => c.Id == id)
            : consultations.Count - 1;
        if (index < 0)
        {
            return null;
        }

        var consultation = consultations[index];
        var thirdParty = consultation.Party == ConsultedParty.ThirdParty;
        var you = thirdParty ? "贵方" : "贵机关";
        var due = ChineseDate.Format(consultation.DueOn);
        var matter = LetterPhrases.Sentence(consultation.Matter, "");
        return new LetterDocument(
            Title: "政府信息公开征求意见函",
            Number: $"{application.Number}-征求意见{index + 1}",
            Addressee: $"{consultation.PartyName}：",
            Body: thirdParty
                ?
                [
                    new($"本机关于{LetterPhrases.ReceivedOn(application)}收到一份政府信息公开申请。经审查，申请公开的政府信息可能涉及{you}的商业秘密、个人隐私等合法权益。"),
                    new($"根据{LetterPhrases.Regulation}第三十二条的规定，现就以下事项书面征求{you}意见：{matter}。"),
                    new($"请{you}于{due}前（自收到本函之日起15个工作日内）向本机关书面提出是否同意公开的意见；不同意公开的，请一并说明理由。"),
                    new($"{you}逾期未提出意见的，由本机关依照{LetterPhrases.Regulation}的规定决定是否公开。{you}不同意公开且有合理理由的，本机关不予公开；本机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，并将决定公开的内容和理由书面告知{you}。"),
                    new("特此函询。"),
                ]
                :
                [
                    new($"本机关于{LetterPhrases.ReceivedOn(application)}收到一份政府信息公开申请。经审查，申请公开的政府信息系本机关与{you}共同制作。"),
                    new($"根据{LetterPhrases.Regulation}第三十四条的规定，现就以下事项征求{you}意见：{matter}。"),
                    new($"请{you}于{due}前（自收到本函之日起15个工作日内）向本机关书面提出意见；不同意公开的，请一并说明理由和依据。{you}逾期未提出意见的，视为同意公开。"),
                    new("特此函询。"),
                ],
            Signatory: agency.FullName,
            Date: consultation.SentOn,
            Footnote: LetterPhrases.Contact(agency));
    }
}
