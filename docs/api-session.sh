#!/usr/bin/env bash
# One her2nav API session with curl: sign in, list cases, read a review, add a note, sign out.
#
#   BASE=http://127.0.0.1:8000 API_USER=coordinator API_PASSWORD=... bash docs/api-session.sh
#
# The defaults fit `her2nav demo`. CASE picks the case (default: the first one listed); NOTE is the
# note's text. Needs bash, curl and python3 (for JSON). Not USER/PASSWORD: the shell sets USER itself.
#
# The flow: POST /api/session with JSON sets the session cookie, and its answer's body is the only
# place the CSRF token appears. Every request sends the cookie; every POST/PUT/PATCH/DELETE also
# sends the token in the X-CSRF-Token header (403 without it).
set -euo pipefail

BASE=${BASE:-http://127.0.0.1:8000}
API_USER=${API_USER:-coordinator}
API_PASSWORD=${API_PASSWORD:-demo-coordinator-password}
NOTE=${NOTE:-Review read from the command line (docs/api-session.sh).}

JAR=$(mktemp)   # the session cookie lives here, and is deleted on exit
TOKEN=""
finish() {  # a step failed after signing in: sign out all the same, then drop the cookie jar
  if [[ -n $TOKEN ]]; then
    curl -s -o /dev/null -b "$JAR" -X DELETE -H "X-CSRF-Token: $TOKEN" "$BASE/api/session" || true
  fi
  rm -f "$JAR"
}
trap finish EXIT

# call STEP CURL-ARGS...: print the answer's body; on an HTTP error, say what failed in one line and stop.
call() {
  local step=$1 answer status
  shift
  if ! answer=$(curl -s -b "$JAR" -c "$JAR" -w '\n%{http_code}' "$@"); then
    echo "$step: cannot reach $BASE" >&2
    exit 1
  fi
  status=${answer##*$'\n'}
  answer=${answer%$'\n'*}
  if ((status >= 400)); then
    echo "$step failed: HTTP $status $answer" >&2
    exit 1
  fi
  printf '%s\n' "$answer"
}

# pick KEY...: one value out of the JSON on stdin (numbers index lists), e.g. `pick options 0 name`.
pick() {
  python3 -c '
import json, sys
value = json.load(sys.stdin)
try:
    for key in sys.argv[1:]:
        value = value[int(key)] if isinstance(value, list) else value[key]
except (LookupError, TypeError, ValueError):
    sys.exit("unexpected answer from the server: no " + " ".join(sys.argv[1:]))
print(value)' "$@"
}

# to_json NAME=VALUE...: a JSON object of strings, built by python3 so that quotes cannot break it.
to_json() {
  python3 -c '
import json, sys
print(json.dumps(dict(arg.split("=", 1) for arg in sys.argv[1:])))' "$@"
}

echo "1. sign in as $API_USER: POST $BASE/api/session (JSON; the session cookie goes to $JAR)"
login=$(to_json "username=$API_USER" "password=$API_PASSWORD" |
  call "sign-in" -H 'Content-Type: application/json' --data-binary @- "$BASE/api/session")
TOKEN=$(pick csrf_token <<<"$login")
echo "   signed in as $(pick username <<<"$login") ($(pick role <<<"$login"));" \
  "CSRF token from the answer's body: ${TOKEN:0:6}..."

echo "2. list cases: GET $BASE/api/cases"
cases=$(call "list cases" "$BASE/api/cases")
ids=$(python3 -c 'import json, sys; print(" ".join(c["case_id"] for c in json.load(sys.stdin)))' <<<"$cases")
if [[ -z $ids ]]; then
  echo "list cases: $API_USER sees no case" >&2
  exit 1
fi
read -ra listed <<<"$ids"
echo "   ${#listed[@]} case(s): $ids"
CASE=${CASE:-${listed[0]}}

echo "3. read the review: GET $BASE/api/cases/$CASE/review"
review=$(call "review" "$BASE/api/cases/$CASE/review")
echo "   HER2 $(pick her2 status <<<"$review"); line $(pick current_line <<<"$review");" \
  "best option: $(pick options 0 name <<<"$review")"

echo "4. add a note: POST $BASE/api/cases/$CASE/notes with X-CSRF-Token"
note=$(to_json "text=$NOTE" |
  call "add a note" -H "X-CSRF-Token: $TOKEN" -H 'Content-Type: application/json' \
    --data-binary @- "$BASE/api/cases/$CASE/notes")
echo "   note $(pick id <<<"$note") saved by $(pick author <<<"$note")"

echo "5. sign out: DELETE $BASE/api/session with X-CSRF-Token"
call "sign-out" -X DELETE -H "X-CSRF-Token: $TOKEN" "$BASE/api/session" >/dev/null
TOKEN=""
after=$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR" "$BASE/api/cases")
echo "   signed out: GET $BASE/api/cases now answers $after"
