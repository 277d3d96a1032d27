using System.Runtime.CompilerServices;

// The engine's stack buffers (stackalloc) and large struct locals are always written before they are read; without
// this the runtime zeroes each of them on every call, which the quote engine pays per article and per statement.
[module: SkipLocalsInit]
