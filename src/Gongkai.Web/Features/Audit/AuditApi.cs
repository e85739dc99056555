using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gongkai.Web.Features.Audit;

public sealed record AuditApiChange(string? Before, string? After);

public sealed record AuditApiItem(
    Guid Id,
    DateTimeOffset At,
    Guid? ActorId,
    string ActorName,
    string Action,
    string EntityType,
    string EntityId,
    string Operation,
    IReadOnlyDictionary<string, AuditApiChange> Changes);

public sealed record AuditApiPage(int Total, int Page, int PageSize, IReadOnlyList<AuditApiItem> Items);

/// <summary>
/// GET /api/admin/{agency}/manage/audit?page=&amp;from=&amp;to=&amp;actor=&amp;entityType=&amp;operation= — the same
/// log as the page, as JSON; times in Beijing time with their offset, dates filtered as Beijing dates. Read only.
/// </summary>
public static class AuditApi
{
    public static void MapAuditApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/{agency}/manage/audit")
            .RequireAuthorization(AdminRoutes.PolicyFor("api/admin/{agency}/manage")!)
            .WithTags("审计日志");
        group.MapGet("", ListAsync).WithName("ListAuditEntries");
    }

    private static async Task<Results<Ok<AuditApiPage>, NotFound, ValidationProblem>> ListAsync(
        string agency,
        int? page,
        string? from,
        string? to,
        string? actor,
        string? entityType,
        string? operation,
        AgencyDirectory agencies,
        SearchAuditLog search,
        CancellationToken cancellationToken)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return TypedResults.NotFound();
        }

        AuditFilter filter;
        try
        {
            filter = AuditFilter.Parse(from, to, actor, entityType, operation);
        }
        catch (DomainException ex)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["filter"] = [ex.Message] }, title: "查询条件有误");
        }

        var result = await search.HandleAsync(found.Id, filter, page ?? 1, cancellationToken);
        var items = result.Items.Select(e => new AuditApiItem(
            e.Id,
            ChinaTime.ToChina(e.At),
            e.ActorId,
            e.ActorName,
            e.Action,
            e.EntityType,
            e.EntityId,
            e.Operation,
            AuditChange.Parse(e.Changes)
                .GroupBy(c => c.Field, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => new AuditApiChange(g.First().Before, g.First().After), StringComparer.Ordinal)));
        return TypedResults.Ok(new AuditApiPage(result.Total, result.Page, result.PageSize, [.. items]));
    }
}
