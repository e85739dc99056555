using System.Threading.Channels;

namespace Gongkai.Bench.Corpus;

/// <summary>
/// Makes the corpus on the thread pool, chunk by chunk (each chunk in parallel, then numbered in order), a few chunks
/// ahead of the loader, so generating and inserting overlap.
/// </summary>
internal static class CorpusStream
{
    public static IAsyncEnumerable<GeneratedDocument[]> Start(CorpusGenerator generator, Numbering numbering, long count, int chunkSize = 2_000)
    {
        var channel = Channel.CreateBounded<GeneratedDocument[]>(new BoundedChannelOptions(8) { SingleReader = true, SingleWriter = true });
        _ = Task.Run(async () =>
        {
            try
            {
                for (long start = 0; start < count; start += chunkSize)
                {
                    var size = (int)Math.Min(chunkSize, count - start);
                    var chunk = new GeneratedDocument[size];
                    var first = start;
                    Parallel.For(0, size, j => chunk[j] = generator.Generate(first + j));
                    foreach (var document in chunk)
                    {
                        numbering.Assign(document);
                    }

                    await channel.Writer.WriteAsync(chunk);
                }

                channel.Writer.Complete();
            }
            catch (Exception e)
            {
                channel.Writer.Complete(e);
            }
        });
        return channel.Reader.ReadAllAsync();
    }
}
