using BenchmarkDotNet.Running;
using DigestBot.Benchmarks.Engine;
using DigestBot.Benchmarks.Scale;

// Timed harnesses by subcommand (engine-ab, ask-latency, ...); everything else is BenchmarkDotNet (--filter ...).
if (args.Length > 0 && args[0] == "engine-ab")
{
    return EngineAbHarness.Run(args);
}

if (args.Length > 0 && ScaleHarness.Commands.Contains(args[0]))
{
    return await ScaleHarness.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
