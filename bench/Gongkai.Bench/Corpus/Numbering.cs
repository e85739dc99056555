namespace Gongkai.Bench.Corpus;

/// <summary>
/// Gives generated documents their serials in order, after those the database already holds: 发文字号 serials per
/// issuer and year, 索引号 serials per agency and year (the app's default pattern {credit}/{year}-{serial:00000}).
/// </summary>
internal sealed class Numbering(IDictionary<(string Issuer, int Year), int> lastNumbers, IDictionary<(Guid Agency, int Year), int> lastIndexSerials)
{
    public IDictionary<(Guid Agency, int Year), int> IndexCounters => lastIndexSerials;

    public void Assign(GeneratedDocument document)
    {
        if (document.IssuerCode is not null)
        {
            var key = (document.IssuerCode, document.WrittenOn.Year);
            var serial = lastNumbers.TryGetValue(key, out var last) ? last + 1 : 1;
            lastNumbers[key] = serial;
            document.NumberSerial = serial;
        }

        var indexKey = (document.Agency.Id, document.PublishedOn.Year);
        var indexSerial = lastIndexSerials.TryGetValue(indexKey, out var lastIndex) ? lastIndex + 1 : 1;
        lastIndexSerials[indexKey] = indexSerial;
        var credit = document.Agency.CreditCode.Length > 0 ? document.Agency.CreditCode : document.Agency.Code.ToUpperInvariant();
        document.IndexNumber = $"{credit}/{document.PublishedOn.Year}-{indexSerial:00000}";
    }
}
