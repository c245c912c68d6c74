"""attrlint as a long-running process: an HTTP service for a CMS and a language server.

Both sit on :mod:`attrlint.engine`, which lints drafts held in memory with the same
linter, configuration search and JSON report as ``attrlint check``. Importing this package
imports no web or LSP library: those live in ``app`` and ``attrlint.lsp`` and come with the
``serve`` extra.
"""
