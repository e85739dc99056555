using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications.Import;
using Gongkai.Web.Features.Publications.Staff;
using Gongkai.Web.Platform.Auth;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.Applications.Staff;

/// <summary>The list, the due list, registration, the export and the settings; the pages themselves are Razor Pages.</summary>
internal static class CaseListServices
{
    public const string ExportRoute = "/admin/{agency}/applications/export";

    public static void Add(IServiceCollection services)
    {
        services.AddScoped<ApplicationList>();
        services.AddScoped<ExportApplications>();
        services.AddScoped<DueApplications>();
        services.AddScoped<ChangeApplicationSettings>();
    }

    public static void Map(WebApplication app) =>
        app.MapGet(ExportRoute, ExportAsync)
            .RequireAuthorization(AdminRoutes.PolicyFor(ExportRoute)!)
            .ExcludeFromDescription();

    private static async Task<IResult> ExportAsync(
        string agency, [AsParameters] ExportQuery query, HttpContext context, AgencyDirectory agencies, ExportApplications export, CancellationToken cancellationToken)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return Results.NotFound();
        }

        var actor = context.User.ToStaffActor(found.Id);
        if (!CaseAccess.CanList(actor))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var file = await export.HandleAsync(found, query.ToFilter(), actor, cancellationToken);
        return Results.File(file.Content, SpreadsheetWriter.ContentType, file.FileName);
    }

    /// <summary>The list's filters as the export link carries them.</summary>
    private sealed record ExportQuery(
        [FromQuery] string? Status, [FromQuery] string? Channel, [FromQuery] string? Kind, [FromQuery] Guid? Department,
        [FromQuery] bool? Overdue, [FromQuery] string? Q)
    {
        public ApplicationFilter ToFilter() => new()
        {
            Status = Status,
            Channel = Channel,
            Kind = Kind,
            Department = Department,
            Overdue = Overdue ?? false,
            Q = Q,
        };
    }
}
