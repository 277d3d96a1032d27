using System.Diagnostics;
using System.Runtime.InteropServices;

namespace DigestBot.Benchmarks.Engine;

/// <summary>
/// The calling thread's CPU time on Linux (<c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>), so the time the thread
/// waits for a core on a loaded machine does not count; wall time elsewhere.
/// </summary>
internal static class ThreadClock
{
    private const int ThreadCpuTimeClock = 3; // CLOCK_THREAD_CPUTIME_ID

    /// <summary>True when <see cref="NowMicroseconds"/> is CPU time rather than wall time.</summary>
    public static bool IsCpuTime { get; } = OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuTimeClock, out _) == 0;

    /// <summary>Microseconds on this clock, from an arbitrary origin.</summary>
    public static double NowMicroseconds()
    {
        if (IsCpuTime && ClockGetTime(ThreadCpuTimeClock, out var time) == 0)
        {
            return (time.Seconds * 1e6) + (time.Nanoseconds / 1e3);
        }

        return Stopwatch.GetTimestamp() * 1e6 / Stopwatch.Frequency;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
