using System.Globalization;

namespace Gongkai.Web.Features.Agencies;

/// <summary>The sort order typed into a form: kept as text so a wrong value can be shown back as typed.</summary>
public static class SortOrderInput
{
    public const int Max = 9999;

    public static int Parse(string? text, int whenEmpty)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return whenEmpty;
        }

        return int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= Max
            ? value
            : throw new DomainException($"排序号应为0至{Max}之间的整数。");
    }
}
