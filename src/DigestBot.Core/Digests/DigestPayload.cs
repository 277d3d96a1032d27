using System.Text.Json;

namespace DigestBot.Core.Digests;

/// <summary>Writes a digest to JSON for the outbox and reads it back for a retry.</summary>
public static class DigestPayload
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The digest as JSON.</summary>
    public static string Serialize(Digest digest) => JsonSerializer.Serialize(digest, Json);

    /// <summary>The digest stored by <see cref="Serialize"/>.</summary>
    /// <exception cref="JsonException">The payload is not a digest.</exception>
    public static Digest Deserialize(string payload) =>
        JsonSerializer.Deserialize<Digest>(payload, Json) ?? throw new JsonException("The outbox payload is empty.");
}
