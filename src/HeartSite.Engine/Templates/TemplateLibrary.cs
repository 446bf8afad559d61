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
            Compile(path, template => Handlebars.RegisterTemplate(name, template));
        foreach (var (name, path) in Files(themeRoot, "layouts"))
            Compile(path, template =>
            {
                Handlebars.RegisterTemplate(name, template);
                _layouts[name] = template;
            });
    }

    /// <summary>For registering extra helpers before rendering starts.</summary>
    public IHandlebars Handlebars { get; }

    /// <summary>Templates that failed to compile, as diagnostics naming the theme file.</summary>
    public IReadOnlyList<Diagnostic> Problems => _problems;

    public bool Has(string layout) => _layouts.ContainsKey(layout);

    public string Render(string layout, object model)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        _layouts[layout](writer, model);
        return writer.ToString();
    }

    static IEnumerable<(string Name, string Path)> Files(string themeRoot, string folder)
    {
        var dir = Path.Combine(themeRoot, folder);
        if (!Directory.Exists(dir)) return [];
        return Directory.GetFiles(dir, "*.hbs").Order(StringComparer.Ordinal)
            .Select(p => (Path.GetFileNameWithoutExtension(p), Path.GetFullPath(p)));
    }

    void Compile(string path, Action<HandlebarsTemplate<TextWriter, object, object>> register)
    {
        try
        {
            using var reader = new StringReader(File.ReadAllText(path).Replace("\r\n", "\n"));
            register(Handlebars.Compile(reader));
        }
        catch (HandlebarsException e)
        {
            _problems.Add(new Diagnostic(Severity.Error, "HS0301", $"template does not compile: {e.Message}",
                "check that every {{#block}} has its {{/block}} and every {{ has its }}", path, 1, 1));
        }
    }
}
