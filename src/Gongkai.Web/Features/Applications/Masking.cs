namespace Gongkai.Web.Features.Applications;

/// <summary>Personal data as lists, exports and letters to others show it: enough to recognise, not enough to use.</summary>
public static class Masking
{
    /// <summary>110101********123X: the region and the last four.</summary>
    public static string IdNumber(string? number)
    {
        var n = (number ?? "").Trim();
        return n.Length switch
        {
            0 => "",
            <= 4 => new string('*', n.Length),
            < 10 => string.Concat(new string('*', n.Length - 2), n.AsSpan(n.Length - 2)),
            _ => string.Concat(n.AsSpan(0, 6), new string('*', n.Length - 10), n.AsSpan(n.Length - 4)),
        };
    }

    /// <summary>138****5678: the operator prefix and the last four.</summary>
    public static string Phone(string? phone)
    {
        var p = (phone ?? "").Trim();
        return p.Length switch
        {
            0 => "",
            <= 4 => new string('*', p.Length),
            < 8 => string.Concat(new string('*', p.Length - 2), p.AsSpan(p.Length - 2)),
            _ => string.Concat(p.AsSpan(0, 3), new string('*', p.Length - 7), p.AsSpan(p.Length - 4)),
        };
    }

    /// <summary>张*, 欧阳**: the family name (first character) only.</summary>
    public static string Name(string? name)
    {
        var n = (name ?? "").Trim();
        return n.Length <= 1 ? n : string.Concat(n.AsSpan(0, 1), new string('*', Math.Min(n.Length - 1, 3)));
    }

    /// <summary>zh***@example.cn</summary>
    public static string Email(string? email)
    {
        var e = (email ?? "").Trim();
        var at = e.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? (e.Length == 0 ? "" : "***") : string.Concat(e.AsSpan(0, Math.Min(2, at)), "***", e.AsSpan(at));
    }
}
