using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Participation.Consultations.Staff;
using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Participation.Consultations.Decisions;

/// <summary>Adds or changes one item of the catalog: the disclosure office maintains it.</summary>
internal sealed class EditModel(ConsultationAccess access, GongkaiDbContext db, SaveDecision save, TimeProvider time) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public Guid? Id { get; private set; }
    public DecisionForm Form { get; private set; } = new();
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<(Guid Id, string Title)> Consultations { get; private set; } = [];

    public string PostUrl => Id is { } id ? DecisionUrls.StaffEdit(Agency.Code, id) : DecisionUrls.StaffNew(Agency.Code);

    public async Task<IActionResult> OnGetAsync(string agency, string id)
    {
        var result = await LoadAsync(agency, id);
        if (result is not null)
        {
            return result;
        }

        if (Id is { } existing)
        {
            var decision = await db.Set<MajorDecision>().AsNoTracking().Include(d => d.Steps)
                .SingleOrDefaultAsync(d => d.Id == existing && d.AgencyId == Agency.Id, HttpContext.RequestAborted);
            if (decision is null)
            {
                return NotFound();
            }

            Form = DecisionForm.From(decision);
        }
        else
        {
            Form = new DecisionForm { Year = ChineseDate.Today(time).Year.ToString(System.Globalization.CultureInfo.InvariantCulture), Status = nameof(DecisionStatus.Planned) };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string agency, string id, DecisionForm form)
    {
        var result = await LoadAsync(agency, id);
        if (result is not null)
        {
            return result;
        }

        Form = form ?? new DecisionForm();
        try
        {
            var (saved, errors) = await save.HandleAsync(Agency.Id, Id, Form, Gongkai.Web.Features.Publications.Staff.StaffActors.ToStaffActor(User, Agency.Id), HttpContext.RequestAborted);
            if (saved is not null)
            {
                return Redirect(DecisionUrls.StaffList(Agency.Code, int.Parse(Form.Year!, System.Globalization.CultureInfo.InvariantCulture)));
            }

            Errors = errors;
        }
        catch (DomainException e)
        {
            Errors = new Dictionary<string, string> { [nameof(DecisionForm.Title)] = e.Message };
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(string agency, string id)
    {
        // "new" adds an item; otherwise the route names an item by its id.
        Guid? itemId = null;
        if (id != "new")
        {
            if (!Guid.TryParse(id, out var parsed))
            {
                return NotFound();
            }

            itemId = parsed;
        }

        if (await access.ForAsync(agency, User) is not { } context)
        {
            return NotFound();
        }

        if (!ConsultationAccess.CanModerate(context.Actor))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Agency = context.Agency;
        Id = itemId;
        var consultations = await db.Set<Consultation>().AsNoTracking().Where(c => c.AgencyId == Agency.Id)
            .OrderByDescending(c => c.CreatedAt).Select(c => new { c.Id, c.Title }).Take(200).ToListAsync(HttpContext.RequestAborted);
        Consultations = consultations.Select(c => (c.Id, c.Title)).ToList();
        return null;
    }
}
