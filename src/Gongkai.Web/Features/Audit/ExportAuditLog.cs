using System.Text;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Audit;

/// <summary>
/// Writes an agency's audit log (with the same filter as the page, all pages) as CSV: UTF-8 with a byte-order mark
/// so that Excel on a Chinese Windows opens it as UTF-8 rather than GBK. Rows are streamed, not held in memory.
/// </summary>
public sealed class ExportAuditLog(GongkaiDbContext db, AuditNames auditNames)
{
    public static readonly IReadOnlyList<string> Header = ["时间", "操作人", "对象类型", "对象编号", "操作", "请求", "变更内容"];

    public async Task HandleAsync(Guid agencyId, AuditFilter filter, Stream output, CancellationToken cancellationToken = default)
    {
        var names = await auditNames.HandleAsync(agencyId, cancellationToken);
        var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024, leaveOpen: true);
        await using (writer)
        {
            await WriteRowAsync(writer, Header);
            var entries = filter.Apply(db.AuditEntries.AsNoTracking().Where(e => e.AgencyId == agencyId))
                .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
                .AsAsyncEnumerable();
            await foreach (var e in entries.WithCancellation(cancellationToken))
            {
                var changes = AuditChange.ForReading(e.Changes, e.Operation, names).Select(c => c.Describe());
                await WriteRowAsync(writer, [
                    ChinaTime.Format(e.At),
                    e.ActorName,
                    AuditLabels.Entity(e.EntityType),
                    e.EntityId,
                    e.Operation,
                    e.Action,
                    string.Join("；", changes),
                ]);
            }

            await writer.FlushAsync(cancellationToken);
        }
    }

    private static async Task WriteRowAsync(StreamWriter writer, IEnumerable<string> cells)
    {
        await writer.WriteAsync(string.Join(",", cells.Select(Cell)));
        await writer.WriteAsync("\r\n");
    }

    // RFC 4180 quoting; and a cell that a spreadsheet would run as a formula (=, +, -, @) is prefixed with an apostrophe.
    internal static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }
}
