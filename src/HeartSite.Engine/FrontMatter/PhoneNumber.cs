namespace HeartSite.Engine.FrontMatter;

/// <summary>
/// A US phone number or short code as an editor wrote it, checked and ready for links:
/// <see cref="Display"/> for reading, <see cref="Tel"/> and <see cref="Sms"/> for <c>tel:</c> and <c>sms:</c>.
/// Short codes are dialled as written (988, 911, 741741); ten-digit numbers get the +1 country code.
/// </summary>
public sealed record PhoneNumber(string Dial, string Display)
{
    public string Tel => "tel:" + Dial;
    public string Sms => "sms:" + Dial;

    // Toll-free area codes are usually written with a leading 1-, as on the services' own pages.
    static readonly string[] TollFree = ["800", "833", "844", "855", "866", "877", "888"];

    /// <summary>The number, or null when it is not one: the reason is in <paramref name="problem"/>.</summary>
    public static PhoneNumber? Parse(string text, out string problem)
    {
        problem = "";
        var written = text.Trim();
        if (written.Any(c => !char.IsAsciiDigit(c) && c is not (' ' or '-' or '.' or '(' or ')' or '+')))
        {
            problem = "write digits only (letters like 1-800-HELP cannot be dialled from every phone)";
            return null;
        }
        var digits = new string(written.Where(char.IsAsciiDigit).ToArray());
        if (written.StartsWith('+') && !digits.StartsWith('1'))
        {
            problem = "only US numbers (+1) are supported";
            return null;
        }
        if (digits.Length == 11 && digits[0] == '1') digits = digits[1..];
        switch (digits.Length)
        {
            // N11 codes (211, 711, 911) and 988.
            case 3 when digits == "988" || (digits[0] >= '2' && digits[1..] == "11"):
            // Text-message short codes, like 741741.
            case 5 or 6 when digits[0] != '0' && !written.StartsWith('+'):
                return new PhoneNumber(digits, digits);
            case 10 when digits[0] >= '2' && digits[3] >= '2':
                var display = $"{digits[..3]}-{digits[3..6]}-{digits[6..]}";
                return new PhoneNumber("+1" + digits, TollFree.Contains(digits[..3]) ? "1-" + display : display);
            default:
                problem = "write a 10-digit number like 1-800-662-4357, or a short code like 988 or 741741";
                return null;
        }
    }

    public override string ToString() => Display;
}
