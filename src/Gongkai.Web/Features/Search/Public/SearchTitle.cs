namespace Gongkai.Web.Features.Search.Public;

/// <summary>The page title names the words searched for and the page, so a tab or a history entry says which search it was.</summary>
internal static class SearchTitle
{
    public static string Of(SearchPageModel model)
    {
        if (!model.Form.HasQuery || model.Errors.Count > 0)
        {
            return "检索";
        }

        var page = model.Results is { Page: > 1 } results ? $"（第{results.Page}页）" : "";
        return $"“{model.Form.Query}”的检索结果{page}";
    }
}
