using System.Globalization;
using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Participation.Consultations.Public;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Participation.Consultations.Decisions;

/// <summary>
/// 重大行政决策事项目录 in public: the year's published items with the five steps; links only to what is itself public
/// (a consultation put out for comment, a published document).
/// </summary>
internal sealed class PublicIndexModel(
    AgencyDirectory agencies, GongkaiDbContext db, PublicConsultations consultations, PublicDocuments documents, TimeProvider time) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public int Year { get; private set; }
    public IReadOnlyList<MajorDecision> Items { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> ConsultationTitles { get; private set; } = new Dictionary<Guid, string>();
    public IReadOnlyDictionary<string, (Guid Id, string Title)> Documents { get; private set; } = new Dictionary<string, (Guid, string)>();
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string agency, [FromQuery(Name = "year")] string? year)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        Agency = found;
        Year = ChineseDate.Today(time).Year;
        if (!string.IsNullOrWhiteSpace(year))
        {
            if (int.TryParse(year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100)
            {
                Year = y;
            }
            else
            {
                Error = "年度应为2000至2100之间的年份。";
                Response.StatusCode = StatusCodes.Status400BadRequest;
            }
        }

        var cancel = HttpContext.RequestAborted;
        Items = await db.Set<MajorDecision>().AsNoTracking().Include(d => d.Steps)
            .Where(d => d.AgencyId == found.Id && d.Year == Year && d.Published).OrderBy(d => d.Title).ToListAsync(cancel);
        var consultationIds = Items.Select(d => d.ConsultationId).OfType<Guid>().ToList();
        ConsultationTitles = await consultations.Of(found.Id).Where(c => consultationIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Title, cancel);
        var indexNumbers = Items.Select(d => d.DocumentIndexNumber).Where(n => n.Length > 0).ToList();
        var docs = await documents.Of(found.Id).Where(d => d.IndexNumber != null && indexNumbers.Contains(d.IndexNumber))
            .Select(d => new { d.Id, d.Title, d.IndexNumber }).ToListAsync(cancel);
        Documents = docs.GroupBy(d => d.IndexNumber!).ToDictionary(g => g.Key, g => (g.First().Id, g.First().Title));
        return Page();
    }
}
