"""An optional bearer token: with one set, every ``/v1/`` request must carry it.

The health check and the API description stay open, so that a load balancer and a
developer reading the docs need no secret. Tokens are compared in constant time.
"""

from __future__ import annotations

import hmac

from .limits import ApiError

#: paths anyone may read
OPEN_PATHS = frozenset({"/", "/healthz", "/openapi.json", "/docs"})  # the review page asks for the token


def check_token(expected: str | None, path: str, authorization: str | None) -> None:
    """Raise a 401 ApiError unless the request may go on."""
    if not expected or path in OPEN_PATHS:
        return
    challenge = {"WWW-Authenticate": 'Bearer realm="attrlint"'}
    if not authorization:
        raise ApiError(
            401, "Authorization", "this service needs a token: send 'Authorization: Bearer <token>'", challenge
        )
    scheme, _, given = authorization.partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise ApiError(401, "Authorization", "use the Bearer scheme: 'Authorization: Bearer <token>'", challenge)
    if not hmac.compare_digest(given.strip().encode("utf-8"), expected.encode("utf-8")):
        raise ApiError(401, "Authorization", "the token is not the one this service was started with", challenge)
