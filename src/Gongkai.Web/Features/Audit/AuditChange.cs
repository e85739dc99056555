using System.Text.Json;

namespace Gongkai.Web.Features.Audit;

/// <summary>One field of an audit entry: its code name, its Chinese label and the values before and after.</summary>
public sealed record AuditChange(string Field, string Label, string? Before, string? After)
{
    /// <summary>Reads the entry's JSON (field → {"before", "after"}); text that is not such JSON is shown as one line, not lost.</summary>
    public static IReadOnlyList<AuditChange> Parse(string json)
    {
        var changes = new List<AuditChange>();
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return [new AuditChange("", "内容", null, json)];
            }

            foreach (var field in document.RootElement.EnumerateObject())
            {
                changes.Add(new AuditChange(field.Name, AuditLabels.Field(field.Name), Text(field.Value, "before"), Text(field.Value, "after")));
            }
        }
        catch (JsonException)
        {
            return [new AuditChange("", "内容", null, json)];
        }

        return changes;
    }

    // Bookkeeping that every save of an account or a new record carries: shown only when nothing else changed.
    private static readonly HashSet<string> Bookkeeping = ["Id", "ConcurrencyStamp"];

    /// <summary>
    /// The entry's changes as a reader wants them: ids and codes put into words, bookkeeping left out, and in a
    /// 修改 an empty side shown as “（空）” so that every line reads “由…改为…”.
    /// </summary>
    public static IReadOnlyList<AuditChange> ForReading(string json, string operation, IReadOnlyDictionary<string, string> names)
    {
        var all = Parse(json);
        var meaningful = all.Where(c => !Bookkeeping.Contains(c.Field)).ToList();
        var modified = operation == "修改";
        return [.. (meaningful.Count > 0 ? meaningful : all).Select(c => c.Readable(names, modified))];
    }

    private AuditChange Readable(IReadOnlyDictionary<string, string> names, bool modified) => this with
    {
        Before = AuditLabels.Value(Field, Before, names) ?? (modified ? Empty : null),
        After = AuditLabels.Value(Field, After, names) ?? (modified ? Empty : null),
    };

    private const string Empty = "（空）";

    /// <summary>One line of plain text: “联系电话：由“a”改为“b””.</summary>
    public string Describe() => (Before, After) switch
    {
        (null, null) => $"{Label}：{Empty}",
        (null, var after) => $"{Label}：{after}",
        (var before, null) => $"{Label}：原为“{before}”",
        var (before, after) => $"{Label}：由“{before}”改为“{after}”",
    };

    private static string? Text(JsonElement change, string name) =>
        change.ValueKind == JsonValueKind.Object && change.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                JsonValueKind.String => value.GetString(),
                _ => value.GetRawText(),
            }
            : null;
}
