namespace DigestBot.Core.Sources;

/// <summary>A feed added from chat (configured feeds live in appsettings.json and are not stored).</summary>
/// <param name="Url">The feed's absolute http(s) address, as normalised by <see cref="Uri.AbsoluteUri"/>.</param>
/// <param name="Name">The name shown in lists and reports.</param>
/// <param name="Interval">How often to poll it; null means the configured default.</param>
/// <param name="AddedBy">The platform's id of the user who added it.</param>
/// <param name="AddedIn">Where it was added: "platform:channel".</param>
/// <param name="AddedAt">When it was added.</param>
public sealed record FeedSource(string Url, string Name, TimeSpan? Interval, string AddedBy, string AddedIn, DateTimeOffset AddedAt);
