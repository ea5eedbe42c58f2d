"""Reads exports with NetworkX (Debian's python3-networkx) and prints what it found as JSON.

Usage: python3 read_exports.py FILE...   (.graphml or .gexf)
Output: {FILE: {"directed": bool, "nodes": {id: {attr: value}}, "edges": [{"id", "source", "target", "attrs"}]}}
"""
import json
import sys

import networkx as nx
from networkx.readwrite import gexf

# NetworkX 3 reads GEXF 1.3; Debian 12's 2.8 knows only the drafts. This is the entry NetworkX 3 itself defines,
# added only where it is missing, so the reading code is NetworkX's own either way.
if "1.3" not in gexf.GEXF.versions:
    gexf.GEXF.versions["1.3"] = {
        "NS_GEXF": "http://gexf.net/1.3",
        "NS_VIZ": "http://gexf.net/1.3/viz",
        "NS_XSI": "http://w3.org/2001/XMLSchema-instance",
        "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
        "VERSION": "1.3",
    }


def read(path):
    graph = nx.read_gexf(path, version="1.3") if path.endswith(".gexf") else nx.read_graphml(path)
    edges = []
    for source, target, *rest in (graph.edges(keys=True, data=True) if graph.is_multigraph() else graph.edges(data=True)):
        attrs = dict(rest[-1])
        edge_id = attrs.pop("id", None) or (rest[0] if graph.is_multigraph() else None)
        edges.append({"id": edge_id, "source": source, "target": target, "attrs": attrs})
    return {
        "directed": graph.is_directed(),
        "networkx": nx.__version__,
        "nodes": {node: dict(attrs) for node, attrs in graph.nodes(data=True)},
        "edges": edges,
    }


print(json.dumps({path: read(path) for path in sys.argv[1:]}))
