using System.Text;
using Argus.Sources;

namespace Argus.Tests.Sources;

public class FormatDetectionTests
{
    [Fact]
    public void An_empty_file_is_refused_by_name()
    {
        var e = Assert.Throws<ListFormatException>(() => ListFormats.Detect(ListSource.FromBytes("empty.xml", [])));
        Assert.Contains("empty.xml", e.Message);
        Assert.Contains("empty", e.Problem);
    }

    [Fact]
    public void An_html_error_page_is_named_as_such()
    {
        var html = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body>503 Service Unavailable</body></html>");
        var e = Assert.Throws<ListFormatException>(() => ListFormats.Detect(ListSource.FromBytes("consolidated.xml", html)));
        Assert.Contains("HTML page", e.Message);
    }
}
