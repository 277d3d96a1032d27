namespace DigestBot.Core.Pooling;

/// <summary>
/// One spare <typeparamref name="T"/> per thread: the engine's per-article lists are lent out to an analysis and
/// given back after it, so the next article on the thread reuses their arrays instead of allocating new ones.
/// </summary>
/// <remarks>
/// The spare is taken out while lent, so an analysis started on the same thread before the first gives it back gets
/// none and makes its own rather than sharing it. What to give back (emptied, not grown too large) is the caller's
/// rule.
/// </remarks>
/// <typeparam name="T">What is kept: a list, or an object holding a few.</typeparam>
internal static class ThreadSpare<T>
    where T : class
{
    [ThreadStatic]
    private static T? t_spare;

    /// <summary>Takes this thread's spare, or null when there is none (never given, or lent out).</summary>
    public static T? Take()
    {
        var spare = t_spare;
        t_spare = null;
        return spare;
    }

    /// <summary>Keeps <paramref name="spare"/> for the thread's next <see cref="Take"/>.</summary>
    public static void Give(T spare) => t_spare = spare;
}
