using NetworkGraph.Api.Names;

namespace NetworkGraph.Api.GraphQL.Common;

/// <summary>
/// A label's object type: the <see cref="NodeInterface"/> fields, then the label's properties as the model
/// has them. Each label's type adds the relationships it exposes, which the model does not name.
/// </summary>
public abstract class NodeType : ObjectGraphType<NodeRecord>
{
    protected NodeType(NodeLabel label, string description)
    {
        Name = label.ToString();
        Description = description;
        Interface<NodeInterface>();
        IsTypeOf = value => value is NodeRecord node && node.Label == label;
        this.AddNodeFields();
        this.AddPropertyFields(label);
        this.AddLocalizedNameFields(label);
    }
}
