using System.Runtime.CompilerServices;

namespace DigestBot.Core.People;

/// <summary>
/// Which surname keys an index may hold a variant of: for each first letter (mod 32: a folded key's letters a-z are
/// 1-26), the key lengths within one of a key it holds, lengths over 30 counted as 30. A variant shares its first letter and differs in length by at most one, so a key this rejects
/// has no variant in the index and the scan of its entities is skipped.
/// </summary>
/// <remarks>
/// Most mentions name no known person: one bit test replaces a scan of every entity for them. 32 words of 32 bits
/// (128 bytes, part of every article's index) instead of 64 of 64 (512 bytes): a capped length or a shared bucket
/// only lets a key through to the scan, which decides.
/// </remarks>
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

        var length = Math.Min(key.Length, MaxLength);
        _buckets[key[0] & 31] |= 7U << (length - 1);
    }

    /// <summary>False when no key recorded is a variant of <paramref name="key"/>; true when one may be.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool MayHold(ReadOnlySpan<char> key) =>
        key.Length == 0 ? (_buckets[0] & 1) != 0 : ((_buckets[key[0] & 31] >> Math.Min(key.Length, MaxLength)) & 1) != 0;

    // Bits length - 1 to length + 1 of a 32-bit word: capping at 30 keeps them in it, and a length within one of
    // another's stays within one after capping.
    private const int MaxLength = 30;

    [InlineArray(32)]
    private struct Buckets
    {
        private uint _first;
    }
}
