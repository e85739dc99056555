using System.IO.Compression;
using System.Text;
using Gongkai.Web;
using Gongkai.Web.Features.Publications.Import;

namespace Gongkai.UnitTests.Publications.Import;

public sealed class AttachmentArchiveTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n");

    private static AttachmentArchive Archive(params (string Name, byte[] Content)[] entries)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(content);
            }
        }

        stream.Position = 0;
        return AttachmentArchive.Open(stream);
    }

    [Theory]
    [InlineData("a.pdf", true)]
    [InlineData("2014/a.pdf", true)]
    [InlineData("a..b.pdf", true)]
    [InlineData("../a.pdf", false)]
    [InlineData("docs/../../a.pdf", false)]
    [InlineData("..\\a.pdf", false)]
    [InlineData("/etc/passwd", false)]
    [InlineData("\\\\server\\a.pdf", false)]
    [InlineData("C:/a.pdf", false)]
    [InlineData("", false)]
    public void A_name_is_safe_only_when_it_stays_inside_the_archive(string name, bool safe) =>
        Assert.Equal(safe, AttachmentArchive.IsSafe(name));

    [Fact]
    public void Entries_climbing_out_of_the_archive_are_listed_and_never_found()
    {
        using var archive = Archive(("good.pdf", Pdf), ("../evil.pdf", Pdf), ("/abs.pdf", Pdf));
        Assert.Equal(["../evil.pdf", "/abs.pdf"], archive.UnsafeEntries);
        Assert.Equal("附件名“../evil.pdf”含有不安全的路径（“..”、根目录或盘符）。", Assert.Throws<DomainException>(() => archive.Find("../evil.pdf")).Message);
        Assert.Equal("附件压缩包中没有“evil.pdf”。", Assert.Throws<DomainException>(() => archive.Find("evil.pdf")).Message);
    }

    [Fact]
    public void An_entry_is_found_by_its_path_or_by_its_name_when_that_is_unique()
    {
        using var archive = Archive(("2014/a.pdf", Pdf), ("2015/a.pdf", Pdf), ("2015/b.pdf", Pdf), ("__MACOSX/2015/._b.pdf", Pdf));
        Assert.Equal("2015/a.pdf", archive.Find("2015\\a.pdf").FullName);
        Assert.Equal("2015/b.pdf", archive.Find("B.PDF").FullName);
        Assert.Equal("附件压缩包中有2个名为“a.pdf”的文件，请写出它在压缩包中的完整路径。", Assert.Throws<DomainException>(() => archive.Find("a.pdf")).Message);
    }

    [Fact]
    public void An_attachment_whose_content_does_not_match_its_name_is_refused()
    {
        using var archive = Archive(("fake.pdf", Encoding.ASCII.GetBytes("<html>not a pdf</html>")), ("real.pdf", Pdf));
        archive.Verify(archive.Find("real.pdf"));
        var ex = Assert.Throws<DomainException>(() => archive.Verify(archive.Find("fake.pdf")));
        Assert.Contains("内容与其扩展名不符", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_written_in_gbk_by_a_chinese_windows_are_read()
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true, CsvSheetReader.Gb18030()))
        {
            using var entry = zip.CreateEntry("附件/工资指导价位.pdf").Open();
            entry.Write(Pdf);
        }

        stream.Position = 0;
        using var archive = AttachmentArchive.Open(stream);
        Assert.Equal("工资指导价位.pdf", AttachmentArchive.FileNameOf(archive.Find("工资指导价位.pdf")));
    }

    [Fact]
    public void A_file_that_is_not_a_zip_is_refused() =>
        Assert.Equal("无法打开附件压缩包：它可能已损坏，或者不是 ZIP 格式。",
            Assert.Throws<DomainException>(() => AttachmentArchive.Open(new MemoryStream(Pdf))).Message);
}
