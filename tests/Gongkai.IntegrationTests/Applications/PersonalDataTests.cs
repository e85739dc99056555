using Gongkai.IntegrationTests.Applications.Staff;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.IntegrationTests.Applications;

/// <summary>Applicants' personal data stays with the case's staff: not in the audit log agency administrators read.</summary>
public sealed class PersonalDataTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task Registering_a_case_is_audited_without_the_applicants_id_number_or_phone()
    {
        var officer = await factory.SignInAsync("shanghai-disclosureofficer");
        var id = await CaseSteps.RegisterAsync(officer, "shanghai");

        var entries = await AuditOfAsync(id.ToString());
        var added = Assert.Single(entries, e => e.EntityType == "Application");
        Assert.Equal("新增", added.Operation);
        Assert.Contains("个人信息，已隐藏", added.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain(CaseSteps.IdNumber, added.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain(CaseSteps.Phone, added.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain(CaseSteps.ApplicantName, added.Changes, StringComparison.Ordinal);

        var admin = await factory.SignInAsync("shanghai-agencyadmin");
        var log = await admin.GetStringAsync("/admin/shanghai/manage/audit");
        Assert.DoesNotContain(CaseSteps.IdNumber, log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exporting_cases_is_recorded_in_the_audit_log()
    {
        var officer = await factory.SignInAsync("shanghai-disclosureofficer");
        await CaseSteps.RegisterAsync(officer, "shanghai");

        var response = await officer.GetAsync("/admin/shanghai/applications/export");
        response.EnsureSuccessStatusCode();

        await using var scope = factory.Scope();
        var exports = await factory.Db(scope).Set<AuditEntry>().AsNoTracking().Where(e => e.Action == "导出依申请公开申请").ToListAsync();
        Assert.Contains(exports, e => e.Operation == "导出" && e.ActorName.Length > 0);
    }

    private async Task<List<AuditEntry>> AuditOfAsync(string entityId)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<AuditEntry>().AsNoTracking().Where(e => e.EntityId == entityId).ToListAsync();
    }
}
