using System.Globalization;
using HandlebarsDotNet;
using HeartSite.Engine.Diagnostics;

namespace HeartSite.Engine.Templates;

/// <summary>
/// The theme's Handlebars templates, each compiled once per build: every <c>layouts/*.hbs</c> is a
/// layout (and also a partial, so one layout can wrap another with <c>{{#> base}}…{{/base}}</c>),
/// every <c>partials/*.hbs</c> a partial. Escaping uses <see cref="HtmlTextEncoder"/>; numbers and
/// dates format with the invariant culture.
/// </summary>
public sealed class TemplateLibrary
{
    readonly Dictionary<string, HandlebarsTemplate<TextWriter, object, object>> _layouts = new(StringComparer.Ordinal);
    readonly List<Diagnostic> _problems = [];

    public TemplateLibrary(string themeRoot, BuildSettings settings)
    {
        Handlebars = HandlebarsDotNet.Handlebars.Create(new HandlebarsConfiguration
        {
            TextEncoder = new HtmlTextEncoder(),
            FormatProvider = CultureInfo.InvariantCulture,
            ThrowOnUnresolvedBindingExpression = false,
        });
        TemplateHelpers.Register(Handlebars, settings);

        foreach (var (name, path) in Files(themeRoot, "partials"))
            if (CompileFile(path, _problems.Add) is { } partial) Handlebars.RegisterTemplate(name, partial);
        foreach (var (name, path) in Files(themeRoot, "layouts"))
            if (CompileFile(path, _problems.Add) is { } layout)
            {
                Handlebars.RegisterTemplate(name, layout);
                _layouts[name] = layout;
            }
    }

    /// <summary>For registering extra helpers before rendering starts.</summary>
    public IHandlebars Handlebars { get; }

    /// <summary>Templates that failed to compile, as diagnostics naming the theme file.</summary>
    public IReadOnlyList<Diagnostic> Problems => _problems;

    public bool Has(string layout) => _layouts.ContainsKey(layout);

    public string Render(string layout, object model) => Render(_layouts[layout], model);

    /// <summary>Renders a compiled template to a string.</summary>
    public static string Render(HandlebarsTemplate<TextWriter, object, object> template, object model)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        template(writer, model);
        return writer.ToString();
    }

    static IEnumerable<(string Name, string Path)> Files(string themeRoot, string folder)
    {
        var dir = Path.Combine(themeRoot, folder);
        if (!Directory.Exists(dir)) return [];
        return Directory.GetFiles(dir, "*.hbs").Order(StringComparer.Ordinal)
            .Select(p => (Path.GetFileNameWithoutExtension(p), Path.GetFullPath(p)));
    }

    /// <summary>
    /// Compiles one template file with this library's helpers, partials and encoder (for templates
    /// outside <c>layouts/</c>, such as the email theme); null, with an HS0301 diagnostic, when it
    /// does not compile.
    /// </summary>
    public HandlebarsTemplate<TextWriter, object, object>? CompileFile(string path, Action<Diagnostic> report)
    {
        try
        {
            using var reader = new StringReader(File.ReadAllText(path).Replace("\r\n", "\n"));
            return Handlebars.Compile(reader);
        }
        catch (HandlebarsException e)
        {
            report(new Diagnostic(Severity.Error, "HS0301", $"template does not compile: {e.Message}",
                "check that every {{#block}} has its {{/block}} and every {{ has its }}", path, 1, 1));
            return null;
        }
    }
}
