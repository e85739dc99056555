namespace Gongkai.Bench.Reporting;

/// <summary>Prints to the console and keeps the same lines in a file of the data folder.</summary>
internal sealed class ReportWriter(string file) : IDisposable
{
    private readonly StreamWriter writer = new(file, append: false) { AutoFlush = true };

    public string File => file;

    public void Line(string text = "")
    {
        Console.WriteLine(text);
        writer.WriteLine(text);
    }

    public void Dispose() => writer.Dispose();
}
