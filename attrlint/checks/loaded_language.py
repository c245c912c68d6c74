"""Rules for this concern are being written; until then the module offers none."""


def rules():
    return []
