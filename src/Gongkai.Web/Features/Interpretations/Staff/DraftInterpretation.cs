using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Persistence;
using Gongkai.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Interpretations.Staff;

/// <summary>Creates a draft interpretation of the agency's own documents; returns its id or throws a DomainException.</summary>
public sealed class DraftInterpretation(GongkaiDbContext db, TimeProvider time)
{
    private static readonly char[] Separators = [' ', ',', '，', ';', '；', '\n', '\r', '\t', '、'];

    public async Task<Guid> HandleAsync(Guid agencyId, InterpretationInput input, StaffActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var content = await ContentAsync(agencyId, input, cancellationToken);
        var interpretation = new Interpretation(Guid.NewGuid(), agencyId, actor, content, time.GetUtcNow().UtcDateTime);
        db.Add(interpretation);
        await db.SaveChangesAsync(cancellationToken);
        return interpretation.Id;
    }

    /// <summary>Changes a draft of the agency; false when the agency has no such interpretation.</summary>
    public async Task<bool> HandleAsync(Guid agencyId, Guid id, InterpretationInput input, StaffActor actor, CancellationToken cancellationToken = default)
    {
        var interpretation = await db.Set<Interpretation>().Include(i => i.Questions).Include(i => i.Documents)
            .SingleOrDefaultAsync(i => i.Id == id && i.AgencyId == agencyId, cancellationToken);
        if (interpretation is null)
        {
            return false;
        }

        interpretation.Edit(actor, await ContentAsync(agencyId, input, cancellationToken), time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<InterpretationContent> ContentAsync(Guid agencyId, InterpretationInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!Enum.TryParse<InterpretationForm>(input.Form, ignoreCase: true, out var form) || !Enum.IsDefined(form) || int.TryParse(input.Form, out _))
        {
            throw new DomainException("请选择解读形式。");
        }

        var documentIds = await DocumentsAsync(agencyId, input, cancellationToken);
        var pairs = Enumerable.Range(0, Math.Max(input.Questions.Count, input.Answers.Count))
            .Select(row => new QuestionAnswer(input.QuestionAt(row), input.AnswerAt(row)))
            .Where(p => p.Question.Trim().Length > 0 || p.Answer.Trim().Length > 0)
            .ToList();
        return new InterpretationContent(input.Title ?? "", form, HtmlSanitizer.Sanitize(input.BodyHtml), input.MediaUrl, pairs, documentIds);
    }

    // Only the agency's own documents, and not withdrawn ones: an id or index number of another agency is refused outright.
    private async Task<IReadOnlyList<Guid>> DocumentsAsync(Guid agencyId, InterpretationInput input, CancellationToken cancellationToken)
    {
        var ids = new List<Guid>();
        foreach (var text in input.DocumentIds.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            ids.Add(Guid.TryParse(text.Trim(), out var id) ? id : throw new DomainException("所选文件不正确。"));
        }

        var numbers = (input.IndexNumbers ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        if (ids.Count + numbers.Count > 20)
        {
            throw new DomainException("一份解读最多关联20份文件。");
        }

        var own = db.Set<Document>().AsNoTracking().Where(d => d.AgencyId == agencyId && d.Status != DocumentStatus.Withdrawn);
        var foundIds = await own.Where(d => ids.Contains(d.Id)).Select(d => d.Id).ToListAsync(cancellationToken);
        if (foundIds.Count != ids.Distinct().Count())
        {
            throw new DomainException("所选文件不存在或不属于本机关。");
        }

        var byNumber = await own.Where(d => d.IndexNumber != null && numbers.Contains(d.IndexNumber)).Select(d => new { d.Id, d.IndexNumber }).ToListAsync(cancellationToken);
        var missing = numbers.Except(byNumber.Select(d => d.IndexNumber!)).ToList();
        if (missing.Count > 0)
        {
            throw new DomainException($"本机关没有索引号为“{string.Join("、", missing)}”的文件。");
        }

        return [.. foundIds.Concat(byNumber.Select(d => d.Id)).Distinct()];
    }
}
