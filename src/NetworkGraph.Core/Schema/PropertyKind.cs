namespace NetworkGraph.Core.Schema;

public enum PropertyKind
{
    Text,
    /// <summary>An absolute http(s) URL.</summary>
    Url,
    /// <summary>A calendar date, yyyy-MM-dd.</summary>
    Date,
    /// <summary>An ISO-8601 instant with its offset.</summary>
    DateTime,
    Boolean,
    /// <summary>One value of <see cref="PropertySpec.EnumType"/>, in CONSTANT_CASE.</summary>
    Enum,
    /// <summary>A list of values of <see cref="PropertySpec.EnumType"/>.</summary>
    EnumList,
    /// <summary>The slug of another node (a reference held as a property).</summary>
    NodeId,
    /// <summary>The node's names per language (<see cref="Names.LocalizedNames"/>), stored as a list of text.</summary>
    LocalizedNames,
}
