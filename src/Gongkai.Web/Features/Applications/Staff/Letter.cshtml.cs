using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Applications.Letters;
using Gongkai.Web.Features.Publications.Staff;
using Gongkai.Web.Platform.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Applications.Staff;

/// <summary>
/// A letter of a case as DOCX, composed from what the case records now. Only the letters the case has reached exist;
/// the same people who may open the case may download them.
/// </summary>
public sealed class LetterModel(AgencyDirectory agencies, CaseGate gate, GongkaiDbContext db, ApplicationLetters letters) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string agency, Guid id, string kind, Guid? consultation)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        var entry = await gate.HandleAsync(found.Id, id, User.ToStaffActor(found.Id), HttpContext.RequestAborted);
        if (!entry.IsOpen)
        {
            return StatusCode(entry.StatusCode);
        }

        var letterKind = ApplicationInputCheck.ParseEnum<LetterKind>(kind);
        var application = await db.Set<Application>().AsNoTracking()
            .Include(a => a.History)
            .Include(a => a.Consultations)
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == id && a.AgencyId == found.Id, HttpContext.RequestAborted);
        if (letterKind is null || application is null || !ApplicationLetters.Available(application).Contains(letterKind.Value))
        {
            return NotFound();
        }

        var letter = await letters.ComposeAsync(found, application, letterKind.Value, consultation, HttpContext.RequestAborted);
        return letter is null ? NotFound() : File(letter.Content, LetterFile.ContentType, letter.FileName);
    }
}
