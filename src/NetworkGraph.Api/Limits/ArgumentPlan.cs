using GraphQL;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;

namespace NetworkGraph.Api.Limits;

/// <summary>
/// What of one operation of one parsed document needs its arguments and directives read for each request: the
/// fields written with arguments (with the definitions of those arguments) and the nodes that carry directives,
/// found once by the walk GraphQL.NET makes on every request (the selected operation, each fragment it reaches
/// once, field types looked up as it does). Also a copy of the operation without its selection, for coercing the
/// variables without walking the selection for their usages, when no variable is of a nullable type (only a
/// nullable variable's usages change how its value is read).
/// </summary>
public sealed class ArgumentPlan
{
    private ArgumentPlan(GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        Document = document;
        Operation = operation;
        var nullableVariable = operation.Variables?.Items.Any(v => v.Type is not GraphQLNonNullType) ?? false;
        VariablesOnly = operation.Variables is null || nullableVariable
            ? null
            : new GraphQLOperationDefinition(new GraphQLSelectionSet([]))
            {
                Operation = operation.Operation,
                Name = operation.Name,
                Variables = operation.Variables,
            };
    }

    public GraphQLDocument Document { get; }

    public GraphQLOperationDefinition Operation { get; }

    /// <summary>The operation with its variable definitions and no selection, or null when variable usages matter.</summary>
    public GraphQLOperationDefinition? VariablesOnly { get; }

    public IReadOnlyList<(GraphQLField Field, QueryArguments? Arguments)> FieldsWithArguments => _fields;

    public IReadOnlyList<ASTNode> NodesWithDirectives => _directives;

    private readonly List<(GraphQLField Field, QueryArguments? Arguments)> _fields = [];
    private readonly List<ASTNode> _directives = [];

    public bool IsFor(GraphQLDocument document, GraphQLOperationDefinition operation) =>
        ReferenceEquals(Document, document) && ReferenceEquals(Operation, operation);

    public static ArgumentPlan Build(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        var plan = new ArgumentPlan(document, operation);
        var walk = new Walk(schema, document, plan);
        walk.Operation(operation);
        return plan;
    }

    private sealed class Walk(ISchema schema, GraphQLDocument document, ArgumentPlan plan)
    {
        private readonly HashSet<string> _fragments = new(StringComparer.Ordinal);

        public void Operation(GraphQLOperationDefinition operation)
        {
            Directives(operation);
            foreach (var variable in operation.Variables?.Items ?? [])
            {
                Directives(variable);
            }
            IComplexGraphType? root = operation.Operation switch
            {
                OperationType.Query => schema.Query,
                OperationType.Mutation => schema.Mutation,
                OperationType.Subscription => schema.Subscription,
                _ => null,
            };
            if (root is not null)
            {
                SelectionSet(operation.SelectionSet, root);
            }
        }

        // The type is the one GraphQL.NET's walk would have on its stack: a union's or an interface's body
        // is walked with the enclosing type, as it does.
        private void SelectionSet(GraphQLSelectionSet? set, IComplexGraphType? type)
        {
            foreach (var selection in set?.Selections ?? [])
            {
                Directives(selection);
                switch (selection)
                {
                    case GraphQLField field:
                        Field(field, type);
                        break;
                    case GraphQLInlineFragment inline:
                        if (inline.TypeCondition is null)
                        {
                            SelectionSet(inline.SelectionSet, type);
                        }
                        else
                        {
                            Fragment(inline.TypeCondition, inline.SelectionSet, type);
                        }
                        break;
                    case GraphQLFragmentSpread spread:
                        if (_fragments.Add(spread.FragmentName.Name.StringValue)
                            && document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } definition)
                        {
                            Directives(definition);
                            Fragment(definition.TypeCondition, definition.SelectionSet, type);
                        }
                        break;
                }
            }
        }

        private void Fragment(GraphQLTypeCondition condition, GraphQLSelectionSet set, IComplexGraphType? enclosing)
        {
            var named = schema.AllTypes[condition.Type.Name.Value]?.GetNamedType();
            if (named is IComplexGraphType complex)
            {
                SelectionSet(set, complex);
            }
            else if (named is IAbstractGraphType)
            {
                SelectionSet(set, enclosing);
            }
        }

        private void Field(GraphQLField field, IComplexGraphType? type)
        {
            var name = field.Name.Value;
            var definition =
                name == schema.TypeMetaFieldType.Name ? schema.TypeMetaFieldType :
                name == schema.TypeNameMetaFieldType.Name ? schema.TypeNameMetaFieldType :
                name == schema.SchemaMetaFieldType.Name ? schema.SchemaMetaFieldType :
                type?.Fields.Find(name);
            if (definition is null)
            {
                return;
            }
            if (field.Arguments?.Count > 0)
            {
                plan._fields.Add((field, definition.Arguments));
            }
            var fieldType = definition.ResolvedType?.GetNamedType();
            if (fieldType is IComplexGraphType complex)
            {
                SelectionSet(field.SelectionSet, complex);
            }
            else if (fieldType is UnionGraphType)
            {
                SelectionSet(field.SelectionSet, type);
            }
        }

        private void Directives(ASTNode node)
        {
            if (node is IHasDirectivesNode { Directives.Count: > 0 })
            {
                plan._directives.Add(node);
            }
        }
    }
}
