using System.Globalization;

namespace Gongkai.Web.Features.Applications.Applicants;

/// <summary>公民身份号码, GB 11643-1999: 17 digits (6 address, 8 birth date, 3 sequence) and an ISO 7064 MOD 11-2 check character.</summary>
public static class ResidentIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>Upper-cases a trailing x and drops spaces, as people type it.</summary>
    public static string Normalize(string? number) => (number ?? "").Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();

    public static bool IsValid(string? number)
    {
        var n = Normalize(number);
        if (n.Length != 18)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (n[i] is < '0' or > '9')
            {
                return false;
            }

            sum += (n[i] - '0') * Weights[i];
        }

        return n[17] == CheckCharacters[sum % 11]
            && DateOnly.TryParseExact(n.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var born)
            && born.Year >= 1900;
    }

    /// <summary>The check character for 17 digits; tests build valid numbers with it.</summary>
    public static char CheckCharacter(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }
}
