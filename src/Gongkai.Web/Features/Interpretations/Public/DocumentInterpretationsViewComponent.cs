using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.Interpretations.Public;

public sealed record DocumentInterpretationsView(string AgencyCode, IReadOnlyList<Interpretation> Interpretations)
{
    // 1+2+X: the document itself, a press release and a Q&A, plus any other forms.
    public bool Has(InterpretationForm form) => Interpretations.Any(i => i.Form == form);

    public IEnumerable<InterpretationForm> OtherForms => Interpretations.Select(i => i.Form)
        .Where(f => f is not (InterpretationForm.PressRelease or InterpretationForm.QuestionsAndAnswers)).Distinct().Order();
}

/// <summary>The 政策解读 box of a public document page: its published interpretations and the 1+2+X status.</summary>
public sealed class DocumentInterpretationsViewComponent(PublicInterpretations interpretations) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid agencyId, string agencyCode, Guid documentId)
    {
        var found = await interpretations.ForDocumentAsync(agencyId, documentId, HttpContext.RequestAborted);
        return View("~/Features/Interpretations/Public/_DocumentInterpretations.cshtml", new DocumentInterpretationsView(agencyCode, found));
    }
}
