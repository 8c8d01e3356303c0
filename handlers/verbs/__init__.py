"""The verbs of the command language, one module per group; handlers.grammar joins them."""
