using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Staff;

namespace Gongkai.UnitTests.Publications.Staff;

public sealed class CatalogTreeTests
{
    private static readonly Guid Agency = Guid.NewGuid();

    [Fact]
    public void Each_category_is_followed_by_its_children_in_sort_order()
    {
        var employment = new CatalogCategory(Guid.NewGuid(), Agency, null, "就业创业", "employment", 1);
        var laws = new CatalogCategory(Guid.NewGuid(), Agency, null, "法规文件", "laws", 0);
        var loans = new CatalogCategory(Guid.NewGuid(), Agency, employment.Id, "创业担保贷款", "loans", 1);
        var services = new CatalogCategory(Guid.NewGuid(), Agency, employment.Id, "就业服务", "services", 0);

        var flat = CatalogTree.Flatten([loans, employment, services, laws]);

        Assert.Equal(["法规文件", "就业创业", "就业服务", "创业担保贷款"], flat.Select(n => n.Category.Name));
        Assert.Equal([0, 0, 1, 1], flat.Select(n => n.Depth));
        Assert.Equal("\u3000就业服务", flat[2].IndentedName);
    }

    [Fact]
    public void A_subtree_holds_the_category_and_everything_below_it()
    {
        var top = new CatalogCategory(Guid.NewGuid(), Agency, null, "就业创业", "employment", 0);
        var middle = new CatalogCategory(Guid.NewGuid(), Agency, top.Id, "就业服务", "services", 0);
        var bottom = new CatalogCategory(Guid.NewGuid(), Agency, middle.Id, "招聘会", "fairs", 0);
        var other = new CatalogCategory(Guid.NewGuid(), Agency, null, "法规文件", "laws", 1);

        var subtree = CatalogTree.Subtree([top, middle, bottom, other], middle.Id);

        Assert.Equal(new HashSet<Guid> { middle.Id, bottom.Id }, subtree);
    }
}
