namespace DigestBot.Core.Diagnostics;

/// <summary>The answer of one <see cref="IReadinessCheck"/>.</summary>
/// <param name="IsReady">True when the part can serve.</param>
/// <param name="Detail">Why it is not ready (or a short status); never a secret.</param>
public sealed record ReadinessResult(bool IsReady, string Detail)
{
    /// <summary>A ready result with a short status.</summary>
    public static ReadinessResult Ready(string detail = "ready") => new(true, detail);

    /// <summary>A not-ready result saying why.</summary>
    public static ReadinessResult NotReady(string detail) => new(false, detail);
}
