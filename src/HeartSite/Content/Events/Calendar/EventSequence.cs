using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace HeartSite.Content.Events.Calendar;

/// <summary>
/// How a calendar learns that an event changed, from the event's file alone. Calendar apps replace
/// an entry they already have only when its SEQUENCE is higher (RFC 5545 3.8.7.4), so the file keeps
/// <c>sequence:</c> (default 0) and, once the event is announced, <c>schedule_check:</c>: a short
/// fingerprint of that sequence with the start, end, time zone and status. When any of those changes
/// the fingerprint no longer matches and the build fails (HS0610) until the editor raises
/// <c>sequence</c> and writes the new check the message gives. Because the sequence is part of the
/// fingerprint, copying the new check without raising the sequence still fails. No state outside
/// the repository: the same file always gives the same SEQUENCE.
/// </summary>
public static class EventSequence
{
    /// <summary>Eight hex digits of SHA-256 over what calendars must see change; a change detector, not a secret.</summary>
    public static string Check(Event ev, int sequence)
    {
        var time = ev.MonthOnly ? "uuuu-MM" : "uuuu-MM-dd'T'HH:mm:ss";
        var text = string.Join("|", sequence.ToString(CultureInfo.InvariantCulture), ev.Zone.Id,
            ev.Start.LocalDateTime.ToString(time, CultureInfo.InvariantCulture),
            ev.End?.LocalDateTime.ToString(time, CultureInfo.InvariantCulture) ?? "",
            ev.Status.Name());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
    }
}
