using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications.Public;

namespace Gongkai.Web.Features.Reports.Supervision.Staff;

/// <summary>What the shared list partial needs, on an agency's page and on the platform's.</summary>
public sealed record SupervisionView(
    string Heading,
    string BaseUrl,
    SupervisionPage Page,
    SupervisionFilter Filter,
    bool ShowAgency,
    IReadOnlyList<Agency> Agencies)
{
    public string Query => Filter.ToQuery();

    public string ExportUrl => Query.Length == 0 ? $"{BaseUrl}?handler=export" : $"{BaseUrl}?handler=export&{Query}";

    public PageLinks Links => new(Page.Page, Page.PageCount, BaseUrl, Query);
}
