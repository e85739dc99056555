using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Calendar;
using Gongkai.Web.Features.Interpretations;
using Gongkai.Web.Features.Participation;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Reports;
using Gongkai.Web.Features.Search;
using Gongkai.Web.Features.Staff;

namespace Gongkai.Web.Features;

/// <summary>Each capability registers its services and maps its endpoints here, in one list.</summary>
public static class FeaturesModule
{
    public static IServiceCollection AddFeatures(this IServiceCollection services)
    {
        services.AddAgencies();
        services.AddStaff();
        services.AddCalendar();
        services.AddAudit();
        services.AddPublications();
        services.AddSearch();
        services.AddApplications();
        services.AddInterpretations();
        services.AddParticipation();
        services.AddReports();
        return services;
    }

    public static void MapFeatures(this WebApplication app)
    {
        app.MapAgencies();
        app.MapCalendar();
        app.MapAudit();
        app.MapPublications();
        app.MapSearch();
        app.MapApplications();
        app.MapInterpretations();
        app.MapParticipation();
        app.MapReports();
    }
}
