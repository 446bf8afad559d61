using System.Globalization;
using HandlebarsDotNet;

namespace HeartSite.Engine.Templates;

/// <summary>
/// The helpers every theme may use:
/// <c>{{url "/news/"}}</c> puts a site path under the base path;
/// <c>{{date value "MMMM d, yyyy"}}</c> formats a date in the invariant culture;
/// <c>{{#if (eq a b)}}</c> compares; <c>{{join list ", "}}</c> joins.
/// </summary>
public static class TemplateHelpers
{
    public static void Register(IHandlebars handlebars, BuildSettings settings)
    {
        handlebars.RegisterHelper("url", (_, args) => settings.Url(Arg(args, 0)));
        handlebars.RegisterHelper("date", (_, args) => FormatDate(args.Length > 0 ? args[0] : null, Arg(args, 1, "MMMM d, yyyy")));
        handlebars.RegisterHelper("eq", (_, args) => args.Length >= 2 && Equals(args[0]?.ToString(), args[1]?.ToString()));
        handlebars.RegisterHelper("join", (_, args) =>
            args.Length > 0 && args[0] is System.Collections.IEnumerable items and not string
                ? string.Join(Arg(args, 1, ", "), items.Cast<object?>())
                : Arg(args, 0));
    }

    public static string FormatDate(object? value, string format) => value switch
    {
        DateOnly d => d.ToString(format, CultureInfo.InvariantCulture),
        DateTime d => d.ToString(format, CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString(format, CultureInfo.InvariantCulture),
        null => "",
        _ => value.ToString() ?? "",
    };

    static string Arg(Arguments args, int index, string fallback = "") =>
        args.Length > index ? args[index]?.ToString() ?? fallback : fallback;
}
