#!/usr/bin/env bash
# Container smoke test: builds the stock Dockerfile with podman, runs it as a self-hoster would and checks
# health (within 10 s), readiness, metrics, the Kallas answer, the non-root user, a clean SIGTERM exit, the
# database in the volume across a restart, and that a bad setting is refused with the key named.
# Usage: bash tests/container/smoke.sh   (from anywhere; needs podman and the images from
#        ../shared/tools/local-dotnet-images.sh). SMOKE_PORT picks the host port (host networking).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
image=${SMOKE_IMAGE:-digestbot-smoke}
name=digestbot-smoke-$$
port=${SMOKE_PORT:-18080}
volume=$(mktemp -d)
chmod 777 "$volume"
buildlog=$(mktemp)
now_ms() { date +%s%3N; }
fail() { echo "smoke: FAIL: $*" >&2; podman logs "$name" 2>/dev/null | tail -30 >&2 || true; exit 1; }
cleanup() { podman rm -f "$name" >/dev/null 2>&1 || true; rm -rf "$volume" "$buildlog"; }
trap cleanup EXIT
step() { echo "smoke: $*"; }
wait_healthy() { # prints milliseconds to healthy, fails after 10 s
  local t0; t0=$(now_ms)
  while (( $(now_ms) - t0 < 10000 )); do
    if curl -fsS --max-time 1 "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then echo $(( $(now_ms) - t0 )); return 0; fi
    sleep 0.2
  done
  return 1
}

if curl -fsS --max-time 1 "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then
  fail "something already answers on port $port; set SMOKE_PORT"
fi

step "build image"
t0=$(now_ms)
podman build --pull=never --network=host --format docker -t "$image" . >"$buildlog" 2>&1 \
  || { tail -40 "$buildlog"; fail "podman build failed"; }
echo "smoke: built in $(( ($(now_ms) - t0) / 1000 )) s"

step "serve becomes healthy within 10 s"
podman run -d --name "$name" --network=host -e ASPNETCORE_HTTP_PORTS="$port" -v "$volume":/data "$image" >/dev/null
ms=$(wait_healthy) || fail "/healthz did not answer within 10 s"
echo "smoke: healthy after ${ms} ms"
podman healthcheck run "$name" >/dev/null 2>&1 || fail "HEALTHCHECK (the app's health command) reports unhealthy"

step "ready and measured"
for _ in $(seq 1 50); do curl -fsS --max-time 2 "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break; sleep 0.2; done
ready=$(curl -sS --max-time 2 "http://127.0.0.1:$port/readyz")
grep -q '"status":"ready"' <<<"$ready" || fail "/readyz not ready: $ready"
metrics=$(curl -fsS --max-time 2 "http://127.0.0.1:$port/metrics") || fail "/metrics did not answer"
grep -Eq '^digestbot_articles_indexed 1$' <<<"$metrics" || fail "/metrics lacks digestbot_articles_indexed 1 (one seed article)"
grep -q '^http_request_duration_seconds_count' <<<"$metrics" || fail "/metrics lacks the request latency histogram"

step "runs as non-root"
user=$(podman exec "$name" id -u)
[ "$user" != "0" ] || fail "container runs as root"
[ "$(podman exec "$name" whoami)" = "app" ] || fail "container user is not app"

step "ask inside the container"
answer=$(podman exec "$name" dotnet /app/DigestBot.dll ask "what did Kallas say?")
grep -q "harsh reality" <<<"$answer" || fail "answer lacks Kallas's quote: $answer"
grep -q "Kaja Kallas" <<<"$answer" || fail "answer does not name Kaja Kallas"
if grep -q "A lot of points were agreed" <<<"$answer"; then fail "answer holds Trump's words"; fi

step "SIGTERM exits cleanly"
t0=$(now_ms)
podman stop -t 10 "$name" >/dev/null
code=$(podman inspect "$name" --format '{{.State.ExitCode}}')
elapsed=$(( $(now_ms) - t0 ))
[ "$code" = "0" ] || fail "exit code after SIGTERM was $code"
(( elapsed < 10000 )) || fail "stop took $elapsed ms"
logs=$(podman logs "$name" 2>&1)
grep -q "shutdown complete" <<<"$logs" || fail "no 'shutdown complete' log line"
echo "smoke: stopped in ${elapsed} ms with exit code 0"

step "database survives a restart in the volume"
[ -f "$volume/digestbot.db" ] || fail "no digestbot.db in the mounted volume"
[ ! -s "$volume/digestbot.db-wal" ] || fail "WAL not checkpointed into digestbot.db at shutdown"
podman start "$name" >/dev/null
ms=$(wait_healthy) || fail "/healthz did not answer within 10 s after restart"
echo "smoke: healthy again after ${ms} ms"
answer=$(podman exec "$name" dotnet /app/DigestBot.dll ask "what did Kallas say?")
grep -q "harsh reality" <<<"$answer" || fail "answer lost after restart"
podman stop -t 10 "$name" >/dev/null
podman rm -f "$name" >/dev/null

step "bad configuration is refused with the key named"
set +e
out=$(podman run --rm --network=host -e ASPNETCORE_HTTP_PORTS="$port" -v "$volume":/data \
  -e Storage__Sqlite__Path=/app/readonly/digestbot.db "$image" 2>&1)
code=$?
set -e
[ "$code" != "0" ] || fail "container with an unwritable Storage__Sqlite__Path exited 0"
grep -q "Storage:Sqlite:Path" <<<"$out" || fail "error does not name the key: $out"
if grep -q "   at " <<<"$out"; then fail "error printed a stack trace: $out"; fi
echo "smoke: refused with exit code $code: $(grep 'Storage:Sqlite:Path' <<<"$out" | head -1)"

set +e
out=$(podman run --rm --network=host -e ASPNETCORE_HTTP_PORTS="$port" -v "$volume":/data \
  -e Digest__Subscriptions__0__Platform=console -e Digest__Subscriptions__0__Channel=general \
  -e Digest__Subscriptions__0__Time=08:00 -e Digest__Subscriptions__0__TimeZone=Mars/Olympus "$image" 2>&1)
code=$?
set -e
[ "$code" != "0" ] || fail "container with Digest__Subscriptions__0__TimeZone=Mars/Olympus exited 0"
grep -q "Digest:Subscriptions:0:TimeZone" <<<"$out" || fail "error does not name the time-zone key: $out"
echo "smoke: refused with exit code $code: $(grep 'Digest:Subscriptions:0:TimeZone' <<<"$out" | head -1)"

echo "smoke: all checks passed"
