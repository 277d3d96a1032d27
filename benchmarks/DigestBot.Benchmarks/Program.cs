using BenchmarkDotNet.Running;
using DigestBot.Benchmarks.Scale;

// Timed scale harnesses by subcommand (ask-latency, ...); everything else is BenchmarkDotNet (--filter ...).
if (args.Length > 0 && ScaleHarness.Commands.Contains(args[0]))
{
    return await ScaleHarness.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
