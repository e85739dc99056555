using System.Text.Json;
using Gongkai.Web.Platform.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gongkai.Web.Platform.Audit;

/// <summary>
/// Appends an <see cref="AuditEntry"/> for every entity a signed-in member of staff adds, changes or removes,
/// in the same SaveChanges, so the log can never miss a committed change.
/// </summary>
internal sealed class AuditInterceptor(IHttpContextAccessor accessor, TimeProvider time) : SaveChangesInterceptor
{
    private static readonly HashSet<string> SecretFields =
        ["PasswordHash", "SecurityStamp", "ConcurrencyStamp"];

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    private static readonly HashSet<string> NoiseFields =
        ["AccessFailedCount", "LockoutEnd"];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Append(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Append(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    private void Append(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries<AuditEntry>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("审计日志只能追加，不能修改或删除。");
            }
        }

        var http = accessor.HttpContext;
        var user = http?.User;
        if (user?.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var action = $"{http!.Request.Method} {http.Request.Path}";
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.Entity is not AuditEntry && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var entry in entries)
        {
            var changes = Changes(entry);
            if (entry.State == EntityState.Modified && changes.Count == 0)
            {
                continue;
            }

            context.Add(new AuditEntry(
                now,
                user.GetUserId(),
                user.GetDisplayName(),
                AgencyOf(entry) ?? user.GetAgencyId(),
                action,
                entry.Metadata.ClrType.Name,
                KeyOf(entry),
                entry.State switch { EntityState.Added => "新增", EntityState.Deleted => "删除", _ => "修改" },
                JsonSerializer.Serialize(changes, Json)));
        }
    }

    // The audit log is read by agency administrators, who may not see applicants' personal data.
    private static bool IsPersonalData(PropertyEntry property) =>
        property.Metadata.PropertyInfo?.IsDefined(typeof(Microsoft.AspNetCore.Identity.PersonalDataAttribute), inherit: true) == true;

    private static Dictionary<string, FieldChange> Changes(EntityEntry entry)
    {
        var changes = new Dictionary<string, FieldChange>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (NoiseFields.Contains(name) || (entry.State == EntityState.Modified && !property.IsModified))
            {
                continue;
            }

            var before = entry.State == EntityState.Added ? null : property.OriginalValue;
            var after = entry.State == EntityState.Deleted ? null : property.CurrentValue;
            if (entry.State == EntityState.Modified && Equals(before, after))
            {
                continue;
            }

            changes[name] = SecretFields.Contains(name)
                ? new FieldChange("（已隐藏）", "（已修改）")
                : IsPersonalData(property)
                    ? new FieldChange(before is null ? null : "（个人信息，已隐藏）", after is null ? null : "（个人信息，已隐藏）")
                    : new FieldChange(Display(before), Display(after));
        }

        return changes;
    }

    private static string? Display(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss"),
        DateOnly d => d.ToString("yyyy-MM-dd"),
        _ => value.ToString(),
    };

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()?.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()) ?? []);

    private static Guid? AgencyOf(EntityEntry entry)
    {
        if (entry.Entity is Features.Agencies.Agency agency)
        {
            return agency.Id;
        }

        var property = entry.Metadata.FindProperty("AgencyId");
        return property is null ? null : entry.Property(property.Name).CurrentValue as Guid?;
    }
}

internal sealed record FieldChange(string? Before, string? After);
