"""Built-in rule plugins, one module per concern; each exposes ``rules()``."""
