using System.Globalization;

namespace Gongkai.Web.Features.Search.Public;

/// <summary>The number of hits as people read it: exact, or "1000+" (or "1万+") once the engine stopped counting.</summary>
internal static class ResultCount
{
    public static string Format(SearchResults results)
    {
        if (!results.TotalIsLowerBound)
        {
            return results.Total.ToString(CultureInfo.InvariantCulture);
        }

        return results.Total >= 10_000 && results.Total % 10_000 == 0
            ? $"{(results.Total / 10_000).ToString(CultureInfo.InvariantCulture)}万+"
            : $"{results.Total.ToString(CultureInfo.InvariantCulture)}+";
    }
}
