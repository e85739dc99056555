namespace Gongkai.Web.Features.Search.Synonyms;

/// <summary>The back-office pages of the synonym list; /admin/platform/… makes them platform administrators' only.</summary>
internal static class SynonymUrls
{
    public const string List = "/admin/platform/search/synonyms";

    public static string Edit(Guid id) => $"{List}/{id}";

    public static string Delete(Guid id) => $"{List}/{id}/delete";
}
