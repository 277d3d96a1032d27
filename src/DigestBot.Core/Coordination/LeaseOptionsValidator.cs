using Microsoft.Extensions.Options;

namespace DigestBot.Core.Coordination;

/// <summary>Checks that the lease timings hang together (renewal at most half the lifetime).</summary>
internal sealed class LeaseOptionsValidator : IValidateOptions<LeaseOptions>
{
    public ValidateOptionsResult Validate(string? name, LeaseOptions options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
