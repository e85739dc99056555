namespace Gongkai.Web.Features.Publications.Public;

public sealed record CatalogNodeView(string AgencyCode, CatalogNode Node);
