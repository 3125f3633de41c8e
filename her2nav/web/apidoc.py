"""The API's description in /openapi.json: how to sign in, where the CSRF token comes from, and a curl
session that works when pasted (the README shows the same one; a test runs it)."""

from __future__ import annotations

from her2nav.settings import Settings
from her2nav.web.deps import CSRF_HEADER, SESSION_COOKIE

# Kept byte for byte in README.md ("Using the API from the command line"); the defaults fit `her2nav demo`.
# No comments inside: zsh, as pasted into by default, would run them as commands.
CURL_SESSION = """\
BASE=http://127.0.0.1:8000
JAR=$(mktemp)
api() { curl -sS --fail-with-body -b "$JAR" -c "$JAR" "$@"; echo; }
TOKEN=$(api -H 'Content-Type: application/json' \\
  -d '{"username": "coordinator", "password": "demo-coordinator-password"}' \\
  "$BASE/api/session" | python3 -c 'import json,sys; print(json.load(sys.stdin)["csrf_token"])')
CASE=e01-first-line-her2-positive-cps10
api "$BASE/api/cases"
api "$BASE/api/cases/$CASE/review"
api -H "X-CSRF-Token: $TOKEN" -H 'Content-Type: application/json' \\
  -d '{"text": "Review read from the command line"}' "$BASE/api/cases/$CASE/notes"
api -X DELETE -H "X-CSRF-Token: $TOKEN" "$BASE/api/session"
rm "$JAR"
"""


def duration(seconds: int) -> str:
    """1800 → "30 minutes", 43200 → "12 hours", 90 → "90 seconds"."""
    for unit, size in (("hour", 3600), ("minute", 60)):
        if seconds % size == 0:
            count = seconds // size
            return f"{count} {unit}" + ("s" if count != 1 else "")
    return f"{seconds} seconds"


def api_description(settings: Settings) -> str:
    """Markdown for ``FastAPI(description=...)``, with this server's session limits."""
    secure = "; `Secure` too, so it travels over HTTPS only" if settings.secure_cookies else ""
    return f"""\
Case records for HER2 decision support. Decision support, never a verdict.

## Signing in: a session cookie plus a CSRF token

1. **Sign in** with `POST /api/session` and a JSON body `{{"username": "…", "password": "…"}}`.
   The answer sets the `{SESSION_COOKIE}` cookie (`HttpOnly`, `SameSite=Strict`{secure}) and its JSON
   body holds `csrf_token`. The token is sent nowhere else: keep it from this answer
   (`GET /api/session` returns it again while the session lives). A wrong password answers 401;
   too many failed sign-ins answer 429.
2. **Send the cookie with every request.** Reads (`GET`, `HEAD`) need only the cookie.
3. **Send the token on every change**: every `POST`, `PUT`, `PATCH` and `DELETE`, signing out included,
   carries the header `{CSRF_HEADER}: <csrf_token>`. Without it, or with another session's token,
   the answer is 403 `missing or wrong {CSRF_HEADER} header`.
4. **Changing a case** (`PATCH /api/cases/{{id}}`, a JSON merge patch) also needs
   `If-Match: "<version>"`, the `ETag` of the `GET /api/cases/{{id}}` you based it on: 428 without it,
   412 when someone changed the case since.
5. **The session ends** after {duration(settings.session_idle_seconds)} without a request, or
   {duration(settings.session_absolute_seconds)} after signing in, whichever comes first; then every
   call answers 401 and you sign in again (a new token comes with the new session). Changing your
   password ends all your sessions.
6. **Sign out** with `DELETE /api/session` (cookie and `{CSRF_HEADER}`): 204, the cookie is cleared.

## A session with curl

Sign in, list the cases, read one review, add a note, sign out. `BASE` is the server (this one fits
`her2nav demo`, as do the account and case); `JAR` is the file that keeps the session cookie; `api`
sends it with each call and fails on an HTTP error, showing the server's reason.
`docs/api-session.sh` in the repository does the same step by step:

```sh
{CURL_SESSION}```
"""
