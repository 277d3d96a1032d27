using DigestBot.Core.Pooling;

namespace DigestBot.Core.Tests.Pooling;

public sealed class ThreadSpareTests
{
    [Fact]
    public async Task Take_AfterGive_ReturnsTheSpareOnceAndOnlyOnItsThread()
    {
        var spare = new Spare();
        Spare? taken = null, again = null, elsewhere = new();

        // A thread of its own, so no other test's spare of this type is there.
        var thread = new Thread(() =>
        {
            ThreadSpare<Spare>.Give(spare);
            elsewhere = Task.Run(ThreadSpare<Spare>.Take).GetAwaiter().GetResult();
            taken = ThreadSpare<Spare>.Take();
            again = ThreadSpare<Spare>.Take();
        });
        thread.Start();
        await Task.Run(thread.Join);

        Assert.Same(spare, taken);
        Assert.Null(again);
        Assert.Null(elsewhere);
    }

    private sealed class Spare;
}
