// The size of the loaded graph: nodes and relationships.
MATCH (n)
WITH count(n) AS nodes
MATCH ()-[r]->()
RETURN nodes, count(r) AS links
