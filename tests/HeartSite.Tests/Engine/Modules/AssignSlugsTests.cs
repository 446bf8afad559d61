using HeartSite.Engine.Modules;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Engine.Modules;

public class AssignSlugsTests
{
    [Fact]
    public void The_slug_is_the_file_name()
    {
        var (output, diagnostics) = Docs.Run(new AssignSlugs(), null, Docs.Markdown("", "tip-sheets/ways-to-support-advocacy.md"));
        Assert.Empty(diagnostics);
        Assert.Equal("ways-to-support-advocacy", output.Single().GetString("slug"));
    }

    [Fact]
    public void A_file_name_that_is_not_a_slug_is_HS0108_with_a_suggestion()
    {
        var (output, diagnostics) = Docs.Run(new AssignSlugs(), null, Docs.Markdown("", "tip-sheets/Ways To_Support.md"));
        Assert.Empty(output);
        Assert.Equal(("HS0108", "rename the file to 'ways-to-support' (lower-case letters, digits and dashes)"),
            (diagnostics.Single().Code, diagnostics.Single().Hint));
    }

    [Fact]
    public void Two_files_whose_names_differ_only_in_case_are_a_duplicate_slug()
    {
        var (output, diagnostics) = Docs.Run(new AssignSlugs(), null,
            Docs.Markdown("", "glossary/resilience.md"), Docs.Markdown("", "glossary/resilience.markdown"));
        Assert.Single(output);
        Assert.Equal("HS0106", diagnostics.Single().Code);
    }
}
