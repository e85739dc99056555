using Gongkai.Web.Features.Applications;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Participation.Mailbox;

/// <summary>
/// Opens one agency's message for its writer: the number and the query code must both match, and a wrong number and a
/// wrong code look the same from outside.
/// </summary>
internal sealed class FindWriterMessage(GongkaiDbContext db)
{
    public const string Refused = "留言编号或查询码不正确。";

    public async Task<Message?> HandleAsync(Guid agencyId, string? number, string? code, CancellationToken cancellationToken = default)
    {
        var wanted = (number ?? "").Trim().Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var typed = (code ?? "").Trim();
        if (wanted.Length is 0 or > 32 || typed.Length is 0 or > 64)
        {
            return null;
        }

        var message = await db.Set<Message>().AsNoTracking()
            .SingleOrDefaultAsync(m => m.AgencyId == agencyId && m.Number == wanted, cancellationToken);
        return message is not null && QueryCode.Matches(message.Number, typed, message.QueryCodeHash) ? message : null;
    }
}
