using HeartSite.Engine;
using HeartSite.Engine.Diagnostics;
using HeartSite.Engine.FrontMatter;
using HeartSite.Engine.Modules;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Engine.Modules;

public class ReadDataFileTests
{
    static readonly Schema Way = new("way",
        Field.OneOf("how", "", ["call", "web"], required: true),
        Field.Phone("phone", ""),
        Field.Url("url", ""));

    static readonly Schema Record = new("resource",
        Field.Text("name", "", required: true),
        Field.Integer("rank", ""),
        Field.Records("reach", "", Way),
        Field.Record("contact", "", Way));

    static (IReadOnlyList<Document> Records, List<Diagnostic> Diagnostics) Read(string yaml)
    {
        using var temp = new TempDir();
        temp.Write("input/data/things.yml", yaml);
        var diagnostics = new List<Diagnostic>();
        var records = new ReadDataFile("data/things.yml", Record, "slug").Read(temp["input"], diagnostics.Add);
        return (records, diagnostics);
    }

    [Fact]
    public void A_list_gives_one_checked_record_per_item_in_order()
    {
        var (records, diagnostics) = Read("- name: First\n  rank: 2\n- name: Second\n");
        Assert.Empty(diagnostics);
        Assert.Equal(["First", "Second"], records.Select(r => r.GetString("name")));
        Assert.Equal(2, records[0].Get<int>("rank"));
        Assert.Equal(new SourcePosition(3, 3), records[1].PositionOf("name"));
        Assert.All(records, r => Assert.EndsWith("things.yml", r.Source));
    }

    [Fact]
    public void A_map_keeps_each_key_under_the_key_name_in_file_order()
    {
        var (records, diagnostics) = Read("zeta:\n  name: Z\nalpha:\n  name: A\n");
        Assert.Empty(diagnostics);
        Assert.Equal(["zeta", "alpha"], records.Select(r => r.GetString("slug")));
        Assert.Equal(4, records[1].PositionOf("name").Line);
    }

    [Fact]
    public void A_missing_field_is_reported_at_the_list_item_and_only_that_record_is_dropped()
    {
        var (records, diagnostics) = Read("- name: One\n- name: Two\n- rank: 3\n- name: Four\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal(("HS0101", 3, 3), (error.Code, error.Line, error.Column));
        Assert.EndsWith("things.yml", error.File);
        Assert.Equal(["One", "Two", "Four"], records.Select(r => r.GetString("name")));
    }

    [Fact]
    public void A_missing_field_in_a_map_is_reported_at_the_records_key()
    {
        var (_, diagnostics) = Read("good:\n  name: G\nbad:\n  rank: 1\n");
        Assert.Equal(("HS0101", 3, 1), (diagnostics.Single().Code, diagnostics.Single().Line, diagnostics.Single().Column));
    }

    [Fact]
    public void Nested_records_are_checked_with_errors_at_their_own_lines()
    {
        var yaml = "- name: A\n  reach:\n    - how: call\n      phone: \"988\"\n    - how: fax\n      phone: 12\n    - phone: \"911\"\n  contact:\n    hwo: web\n";
        var (records, diagnostics) = Read(yaml);
        Assert.Empty(records);
        Assert.Equal(
            [("HS0102", 5, 7), ("HS0112", 6, 7), ("HS0101", 7, 7), ("HS0104", 9, 5), ("HS0101", 8, 3)],
            diagnostics.Select(d => (d.Code, d.Line, d.Column)));
    }

    [Fact]
    public void Valid_nested_records_are_converted()
    {
        var (records, diagnostics) = Read("- name: A\n  reach:\n    - how: call\n      phone: 1-800-662-4357\n  contact:\n    how: web\n    url: https://example.org/\n");
        Assert.Empty(diagnostics);
        var reach = Assert.IsType<List<Dictionary<string, object?>>>(records.Single().Metadata["reach"], exactMatch: false);
        Assert.Equal("tel:+18006624357", Assert.IsType<PhoneNumber>(reach.Single()["phone"]).Tel);
        Assert.Equal("web", records.Single().Get<Dictionary<string, object?>>("contact")!["how"]);
    }

    [Fact]
    public void A_record_that_is_not_a_group_is_HS0103_at_its_item()
    {
        var (_, diagnostics) = Read("- name: A\n- just text\n");
        Assert.Equal(("HS0103", 2, 3), (diagnostics.Single().Code, diagnostics.Single().Line, diagnostics.Single().Column));
    }

    [Fact]
    public void A_single_value_is_not_a_data_file()
    {
        var (_, diagnostics) = Read("just text\n");
        Assert.Equal("HS0001", diagnostics.Single().Code);
    }

    [Fact]
    public void A_missing_file_has_no_records() =>
        Assert.Empty(new ReadDataFile("data/none.yml", Record).Read(Path.GetTempPath(), _ => Assert.Fail("no report")));
}
