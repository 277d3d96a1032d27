using DigestBot.Core.Quotes;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigestBot.Host.Hosting;

/// <summary>Registers the who-said-what engine behind <see cref="IQuoteExtractor"/>.</summary>
internal static class QuoteEngineServices
{
    /// <summary>Adds the engine's <see cref="IQuoteExtractor"/> as a singleton (it is pure and thread-safe).</summary>
    public static IServiceCollection AddQuoteEngine(this IServiceCollection services)
    {
        services.TryAddSingleton<IQuoteExtractor, QuoteExtractor>();
        return services;
    }
}
