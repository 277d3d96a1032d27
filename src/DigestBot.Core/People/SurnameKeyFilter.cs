using System.Runtime.CompilerServices;

namespace DigestBot.Core.People;

/// <summary>
/// Which surname keys an index may hold a variant of: for each first letter (mod 64), the key lengths within one of
/// a key it holds. A variant shares its first letter and differs in length by at most one, so a key this rejects
/// has no variant in the index and the scan of its entities is skipped.
/// </summary>
/// <remarks>Most mentions name no known person: one bit test replaces a scan of every entity for them.</remarks>
internal struct SurnameKeyFilter
{
    private Buckets _buckets;

    /// <summary>Records a key the index holds.</summary>
    public void Add(ReadOnlySpan<char> key)
    {
        if (key.Length == 0)
        {
            _buckets[0] |= 1;
            return;
        }

        var length = Math.Min(key.Length, 62);
        _buckets[key[0] & 63] |= 7UL << (length - 1);
    }

    /// <summary>False when no key recorded is a variant of <paramref name="key"/>; true when one may be.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool MayHold(ReadOnlySpan<char> key) =>
        key.Length == 0 ? (_buckets[0] & 1) != 0 : ((_buckets[key[0] & 63] >> Math.Min(key.Length, 62)) & 1) != 0;

    [InlineArray(64)]
    private struct Buckets
    {
        private ulong _first;
    }
}
