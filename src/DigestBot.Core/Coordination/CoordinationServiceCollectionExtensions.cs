using DigestBot.Core.Coordination;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers what replicas coordinate through: the lease runner, with an in-process lease store unless a database store registered its own.</summary>
public static class CoordinationServiceCollectionExtensions
{
    /// <summary>Adds <see cref="LeaseRunner"/> and its options (validated on start); safe to call more than once.</summary>
    public static IServiceCollection AddLeases(this IServiceCollection services, Action<LeaseOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<LeaseOptions>().ValidateOnStart();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LeaseOptions>, LeaseOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ReplicaIdentity>();
        services.TryAddSingleton<ILeaseStore, InProcessLeaseStore>();
        services.TryAddSingleton<LeaseRunner>();
        return services;
    }
}
