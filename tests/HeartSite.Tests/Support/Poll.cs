namespace HeartSite.Tests.Support;

/// <summary>Waits for a condition by asking again, instead of sleeping a fixed time.</summary>
public static class Poll
{
    /// <summary>Fetches until <paramref name="accept"/> holds, returning the last value; fails after <paramref name="timeout"/>.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> fetch, Func<T, bool> accept, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var value = await fetch();
            if (accept(value)) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{what} did not happen within {timeout.TotalSeconds} s; last value: {value}");
            await Task.Delay(100);
        }
    }
}
