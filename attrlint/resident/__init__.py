"""The resident process: ``attrlint daemon`` keeps the pipeline loaded so that a
command-line ``attrlint check`` (and so the pre-commit hook) answers a draft in a fraction
of a second instead of paying spaCy's start-up each time.

``client`` is imported on every command-line run, before anything else of attrlint: it and
``protocol`` use only the standard library's light modules. ``server`` (the daemon itself)
runs the ordinary ``check`` code path per request.
"""
