using Gongkai.Web;
using Gongkai.Web.Features.Agencies;

namespace Gongkai.UnitTests.Agencies;

public sealed class AgencyTreeTests
{
    private static Agency Make(string code, string name, Guid? parent = null, int sortOrder = 0)
    {
        var agency = new Agency(Guid.NewGuid(), code, name, name, AgencyLevel.City, null);
        agency.MoveUnder(parent, sortOrder);
        return agency;
    }

    [Fact]
    public void Each_agency_is_followed_by_its_subordinates_in_sort_order()
    {
        var province = Make("province", "省厅");
        var cityB = Make("city-b", "乙市", province.Id, 2);
        var cityA = Make("city-a", "甲市", province.Id, 1);
        var district = Make("district", "甲市某区", cityA.Id);
        var other = Make("other", "另一省厅", null, 5);

        var tree = AgencyTree.Flatten([other, district, cityB, province, cityA]);

        Assert.Equal(["province", "city-a", "district", "city-b", "other"], tree.Select(n => n.Agency.Code));
        Assert.Equal([0, 1, 2, 1, 0], tree.Select(n => n.Depth));
    }

    [Fact]
    public void An_agency_whose_parent_is_missing_is_shown_at_the_top()
    {
        var orphan = Make("orphan", "孤立机关", Guid.NewGuid());
        var node = Assert.Single(AgencyTree.Flatten([orphan]));
        Assert.Equal(0, node.Depth);
    }

    [Fact]
    public void Moving_an_agency_under_its_own_subordinate_is_refused()
    {
        var province = Make("province", "省厅");
        var city = Make("city", "市局", province.Id);
        var district = Make("district", "区局", city.Id);
        Agency[] all = [province, city, district];

        var error = Assert.Throws<DomainException>(() => AgencyTree.EnsureCanMove(all, province.Id, district.Id));
        Assert.Equal("不能把机关移到它自己的下级机关之下，否则会形成循环。", error.Message);
        Assert.Throws<DomainException>(() => AgencyTree.EnsureCanMove(all, province.Id, city.Id));
        Assert.Equal("机关不能作为自己的上级机关。", Assert.Throws<DomainException>(() => AgencyTree.EnsureCanMove(all, city.Id, city.Id)).Message);
        Assert.Equal("所选上级机关不存在。", Assert.Throws<DomainException>(() => AgencyTree.EnsureCanMove(all, city.Id, Guid.NewGuid())).Message);
    }

    [Fact]
    public void Moving_an_agency_elsewhere_or_to_the_top_is_allowed()
    {
        var province = Make("province", "省厅");
        var other = Make("other", "另一省厅");
        var city = Make("city", "市局", province.Id);
        Agency[] all = [province, other, city];

        AgencyTree.EnsureCanMove(all, city.Id, other.Id);
        AgencyTree.EnsureCanMove(all, city.Id, null);
        AgencyTree.EnsureCanMove(all, other.Id, city.Id);
    }

    [Fact]
    public void Self_and_descendants_covers_the_whole_branch_only()
    {
        var province = Make("province", "省厅");
        var city = Make("city", "市局", province.Id);
        var district = Make("district", "区局", city.Id);
        var other = Make("other", "另一省厅");

        var branch = AgencyTree.SelfAndDescendants([province, city, district, other], city.Id);

        Assert.Equal(new HashSet<Guid> { city.Id, district.Id }, branch);
    }

    [Fact]
    public void A_cycle_already_in_the_data_does_not_hang_the_list()
    {
        var a = Make("aaa", "甲");
        var b = Make("bbb", "乙", a.Id);
        a.MoveUnder(b.Id, 0);

        var tree = AgencyTree.Flatten([a, b]);

        Assert.Equal(2, tree.Count);
    }
}
