namespace Gongkai.Tests;

/// <summary>
/// Where a test run keeps its files: a folder of its own under the user's temp directory, so runs by different users
/// (or two runs at once) never share or fight over a folder.
/// </summary>
public static class TestFolders
{
    private static readonly Lazy<string> RunRoot = new(() => Directory.CreateTempSubdirectory("gongkai-tests-").FullName);

    public static string Root => RunRoot.Value;

    /// <summary>A new, empty folder for one host's attachments.</summary>
    public static string NewAttachmentFolder() => Path.Combine(Root, $"files-{Guid.NewGuid():N}");
}
