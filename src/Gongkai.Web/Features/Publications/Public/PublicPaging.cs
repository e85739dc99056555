using System.Globalization;

namespace Gongkai.Web.Features.Publications.Public;

/// <summary>The page and page size of a public list, read from text.</summary>
public sealed record PublicPaging(int Page, int PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    // Far beyond any real list, and small enough that (page - 1) * size never overflows.
    public const int MaxPage = 100_000;

    public int Skip => (Page - 1) * PageSize;

    public static PublicPaging Parse(string? page, string? pageSize, ICollection<string> errors)
    {
        var number = 1;
        if (!string.IsNullOrWhiteSpace(page)
            && !(int.TryParse(page.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out number) && number is >= 1 and <= MaxPage))
        {
            errors.Add($"页码应为1至{MaxPage}之间的整数。");
            number = 1;
        }

        var size = DefaultPageSize;
        if (!string.IsNullOrWhiteSpace(pageSize)
            && !(int.TryParse(pageSize.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out size) && size is >= 1 and <= MaxPageSize))
        {
            errors.Add($"每页条数应为1至{MaxPageSize}之间的整数。");
            size = DefaultPageSize;
        }

        return new PublicPaging(number, size);
    }

    public static int PageCount(int total, int pageSize) => total == 0 ? 1 : (total + pageSize - 1) / pageSize;
}
