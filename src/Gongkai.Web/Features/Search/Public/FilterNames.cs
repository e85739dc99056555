using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Public;

namespace Gongkai.Web.Features.Search.Public;

/// <summary>The filters of a search as a reader names them, so a closed filter form still says what narrows the hits.</summary>
internal static class FilterNames
{
    public static IReadOnlyList<string> Of(SearchCriteria criteria, Agency? chosenAgency, CatalogNode? category)
    {
        var names = new List<string>();
        if (chosenAgency is not null)
        {
            names.Add(chosenAgency.ShortName);
        }

        if (category is not null)
        {
            names.Add(category.Category.Name);
        }

        if (criteria.Topic is { } topic)
        {
            names.Add(Topics.Find(topic)?.FullName ?? topic);
        }

        if (criteria.Genre is { } genre)
        {
            names.Add(genre);
        }

        var years = (criteria.YearFrom, criteria.YearTo) switch
        {
            ({ } from, { } to) when from == to => $"{from}年",
            ({ } from, { } to) => $"{from}—{to}年",
            ({ } from, null) => $"{from}年起",
            (null, { } to) => $"{to}年止",
            _ => null,
        };
        if (years is not null)
        {
            names.Add(years);
        }

        if (criteria.Validity is { } validity)
        {
            names.Add(validity.ToChinese());
        }

        if (criteria.Kind is { } kind)
        {
            names.Add(SearchKinds.ToChinese(kind));
        }

        return names;
    }
}
