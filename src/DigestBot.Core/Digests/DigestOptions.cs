using System.ComponentModel.DataAnnotations;
using DigestBot.Core.Subscriptions;

namespace DigestBot.Core.Digests;

/// <summary>The "Digest" configuration section: what goes into a digest and when subscriptions run.</summary>
public sealed class DigestOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Digest";

    /// <summary>Window of the first digest of a channel (no previous digest): the last 24 hours by default.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "31.00:00:00", ErrorMessage = "Digest:FirstWindow must be between 1 minute and 31 days.")]
    public TimeSpan FirstWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Skip a quiet day instead of posting "no new articles".</summary>
    public bool SkipEmpty { get; set; }

    /// <summary>A digest missed while the bot was down is still sent on start if it is at most this late.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00", ErrorMessage = "Digest:CatchUpWindow must be between 0 and 7 days.")]
    public TimeSpan CatchUpWindow { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Most stories in one digest.</summary>
    [Range(1, 50, ErrorMessage = "Digest:MaxStories must be between 1 and 50.")]
    public int MaxStories { get; set; } = 8;

    /// <summary>Most articles read for one digest (newest first).</summary>
    [Range(1, 2000, ErrorMessage = "Digest:MaxArticles must be between 1 and 2000.")]
    public int MaxArticles { get; set; } = 500;

    /// <summary>Summary sentences per story.</summary>
    [Range(1, 3, ErrorMessage = "Digest:SummarySentences must be between 1 and 3.")]
    public int SummarySentences { get; set; } = 3;

    /// <summary>Quotes shown per story.</summary>
    [Range(0, 5, ErrorMessage = "Digest:QuotesPerStory must be between 0 and 5.")]
    public int QuotesPerStory { get; set; } = 2;

    /// <summary>Delivery attempts for transient failures before the delivery is recorded as failed.</summary>
    [Range(1, 10, ErrorMessage = "Digest:MaxAttempts must be between 1 and 10.")]
    public int MaxAttempts { get; set; } = 4;

    /// <summary>Subscriptions from configuration, upserted into the database on start.</summary>
    public IList<SubscriptionOptions> Subscriptions { get; } = [];
}
