using System.Globalization;
using Gongkai.Web.Platform.Audit;
using Microsoft.AspNetCore.Http.Extensions;

namespace Gongkai.Web.Features.Audit;

/// <summary>What the audit log is narrowed to: Beijing dates (both inclusive), actor name, entity type, operation.</summary>
public sealed record AuditFilter(DateOnly? From, DateOnly? To, string? Actor, string? EntityType, string? Operation)
{
    public static readonly IReadOnlyList<string> Operations = ["新增", "修改", "删除"];

    public static AuditFilter None { get; } = new(null, null, null, null, null);

    /// <summary>Reads the filter as typed (dates as yyyy-MM-dd); a wrong value throws a Chinese <see cref="DomainException"/>.</summary>
    public static AuditFilter Parse(string? from, string? to, string? actor, string? entityType, string? operation)
    {
        var fromDate = Date(from, "开始日期");
        var toDate = Date(to, "结束日期");
        if (fromDate > toDate)
        {
            throw new DomainException("开始日期不能晚于结束日期。");
        }

        var op = Blank(operation);
        if (op is not null && !Operations.Contains(op))
        {
            throw new DomainException("操作类型只能是新增、修改或删除。");
        }

        return new AuditFilter(fromDate, toDate, Blank(actor), Blank(entityType), op);
    }

    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> entries)
    {
        if (From is { } from)
        {
            var start = ChinaTime.StartOfDayUtc(from);
            entries = entries.Where(e => e.At >= start);
        }

        if (To is { } to)
        {
            var end = ChinaTime.StartOfDayUtc(to.AddDays(1));
            entries = entries.Where(e => e.At < end);
        }

        if (Actor is { } actor)
        {
            entries = entries.Where(e => e.ActorName.Contains(actor));
        }

        if (EntityType is { } type)
        {
            entries = entries.Where(e => e.EntityType == type);
        }

        if (Operation is { } operation)
        {
            entries = entries.Where(e => e.Operation == operation);
        }

        return entries;
    }

    /// <summary>The filter as a query string ("?from=…"), for pagination and export links.</summary>
    public string ToQueryString(int? page = null)
    {
        var query = new QueryBuilder();
        Add(query, "from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(query, "to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(query, "actor", Actor);
        Add(query, "entityType", EntityType);
        Add(query, "operation", Operation);
        Add(query, "page", page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null);
        return query.ToString();
    }

    private static void Add(QueryBuilder query, string name, string? value)
    {
        if (value is not null)
        {
            query.Add(name, value);
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? Date(string? value, string field)
    {
        var text = Blank(value);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new DomainException($"{field}格式不正确，应为“年-月-日”，如 2026-01-31。");
    }
}
