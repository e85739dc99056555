using System.Security.Cryptography;
using System.Text;

namespace Gongkai.Web.Features.Applications;

/// <summary>
/// 查询码: the secret that, with the case number, opens the public status page. Only its hash is stored, so a copy of the
/// database does not open anyone's case; the applicant sees the code once.
/// </summary>
public static class QueryCode
{
    // No 0/O, 1/I/L: people copy it from paper.
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public const int Length = 8;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    public static string Hash(string number, string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{number}:{Normalize(code)}")));

    public static bool Matches(string number, string code, string hash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(number, code)), Encoding.ASCII.GetBytes(hash));

    private static string Normalize(string code) => (code ?? "").Trim().Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
}
