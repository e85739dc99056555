using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Applications.Public;

/// <summary>
/// Opens one agency's case for its applicant: the number and the query code must both match. A wrong number and a
/// wrong code look the same from outside, so neither tells a guesser which half was right.
/// </summary>
internal sealed class FindApplicantCase(GongkaiDbContext db)
{
    public const string Refused = "申请编号或查询码不正确。";

    // Case numbers are YSQ and 9 digits; anything much longer is not worth a query.
    private const int MaxNumberLength = 32;

    public async Task<Application?> HandleAsync(Guid agencyId, string? number, string? code, CancellationToken cancellationToken = default)
    {
        var wanted = Normalize(number);
        var typed = (code ?? "").Trim();
        if (wanted.Length is 0 or > MaxNumberLength || typed.Length is 0 or > 64)
        {
            return null;
        }

        var application = await db.Set<Application>().AsNoTracking()
            .Include(a => a.History)
            .Include(a => a.Consultations)
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.AgencyId == agencyId && a.Number == wanted, cancellationToken);
        return application is not null && QueryCode.Matches(application.Number, typed, application.QueryCodeHash) ? application : null;
    }

    public static string Normalize(string? number) => (number ?? "").Trim().Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
}
