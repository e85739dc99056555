using Gongkai.Web.Platform.Persistence;

namespace Gongkai.UnitTests.Platform;

public sealed class SnakeCaseNamesTests
{
    [Theory]
    [InlineData("Agencies", "agencies")]
    [InlineData("FullName", "full_name")]
    [InlineData("AgencyId", "agency_id")]
    [InlineData("PK_AuditEntries", "pk_audit_entries")]
    [InlineData("IX_RoleGrants_UserId_AgencyId_Role", "ix_role_grants_user_id_agency_id_role")]
    [InlineData("FK_Departments_Agencies_AgencyId", "fk_departments_agencies_agency_id")]
    public void Names_become_snake_case(string name, string expected) => Assert.Equal(expected, SnakeCaseNames.ToSnake(name));
}
