using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Stores;

/// <summary>The id format every store shares, so that keyset cursors mean the same on every engine.</summary>
public sealed class AuditEventIdTests
{
    [Theory]
    [InlineData(9L, 10L)]
    [InlineData(999_999_999_999L, 1_000_000_000_000L)]
    [InlineData(1L, long.MaxValue)]
    public void audit_ids_sort_as_text_in_graph_version_order(long earlier, long later)
    {
        Assert.True(string.CompareOrdinal(AuditEvent.IdFor(earlier), AuditEvent.IdFor(later)) < 0);
    }

    [Fact]
    public void an_audit_id_names_the_graph_version_it_committed()
    {
        Assert.Equal("audit-0000000000000000042", AuditEvent.IdFor(42));
    }

    [Fact]
    public void there_is_no_audit_id_for_a_negative_graph_version()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AuditEvent.IdFor(-1));
    }
}
