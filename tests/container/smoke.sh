#!/usr/bin/env bash
# Container smoke test: builds the stock Dockerfile with podman, runs it as a self-hoster would and checks
# health, the Kallas answer, the non-root user, the volume, config validation and a clean SIGTERM exit.
# Usage: bash tests/container/smoke.sh   (from the repo root; needs ../shared/tools/local-dotnet-images.sh)
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
image=digestbot-smoke
name=digestbot-smoke-$$
port=${SMOKE_PORT:-18080}
volume=$(mktemp -d)
chmod 777 "$volume"
fail() { echo "smoke: FAIL: $*" >&2; podman logs "$name" 2>/dev/null | tail -30 >&2 || true; exit 1; }
cleanup() { podman rm -f "$name" >/dev/null 2>&1 || true; rm -rf "$volume"; }
trap cleanup EXIT

step() { echo "smoke: $*"; }

step "base images"
bash ../shared/tools/local-dotnet-images.sh >/dev/null
step "build image"
podman build --pull=never --network=host --format docker -t "$image" . >/tmp/smoke-build.log 2>&1 \
  || { tail -40 /tmp/smoke-build.log; fail "podman build failed"; }

step "serve becomes healthy"
start=$(date +%s)
podman run -d --name "$name" --network=host -e ASPNETCORE_HTTP_PORTS="$port" -v "$volume":/data "$image" >/dev/null
healthy=""
for _ in $(seq 1 40); do
  if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then healthy=yes; break; fi
  sleep 0.5
done
[ -n "$healthy" ] || fail "/healthz did not answer within 20 s"
echo "smoke: healthy after $(( $(date +%s) - start )) s"
podman healthcheck run "$name" >/dev/null || fail "HEALTHCHECK reports unhealthy"

step "runs as non-root"
user=$(podman exec "$name" id -u)
[ "$user" != "0" ] || fail "container runs as root"

step "ask inside the container"
answer=$(podman exec "$name" dotnet /app/DigestBot.dll ask "what did Kallas say?")
grep -q "harsh reality" <<<"$answer" || fail "answer lacks Kallas's quote: $answer"
grep -q "Kaja Kallas" <<<"$answer" || fail "answer does not name Kaja Kallas"
if grep -q "A lot of points were agreed" <<<"$answer"; then fail "answer holds Trump's words"; fi

step "SIGTERM exits cleanly"
t0=$(date +%s)
podman stop -t 10 "$name" >/dev/null
code=$(podman inspect "$name" --format '{{.State.ExitCode}}')
elapsed=$(( $(date +%s) - t0 ))
[ "$code" = "0" ] || fail "exit code after SIGTERM was $code"
[ "$elapsed" -lt 10 ] || fail "stop took $elapsed s"
echo "smoke: stopped in $elapsed s with exit code 0"

step "database survives a restart in the volume"
[ -f "$volume/digestbot.db" ] || fail "no digestbot.db in the mounted volume"
podman start "$name" >/dev/null
for _ in $(seq 1 40); do curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
podman exec "$name" dotnet /app/DigestBot.dll ask "what did Kallas say?" | grep -q "harsh reality" \
  || fail "answer lost after restart"
podman rm -f "$name" >/dev/null

step "bad configuration is refused with the key named"
set +e
out=$(podman run --rm --network=host -e ASPNETCORE_HTTP_PORTS="$port" -v "$volume":/data \
  -e Digest__Subscriptions__0__Platform=console -e Digest__Subscriptions__0__Channel=general \
  -e Digest__Subscriptions__0__Time=08:00 -e Digest__Subscriptions__0__TimeZone=Mars/Olympus "$image" 2>&1)
code=$?
set -e
[ "$code" != "0" ] || fail "container with TimeZone=Mars/Olympus exited 0"
grep -q "Digest:Subscriptions:0:TimeZone" <<<"$out" || fail "error does not name the key: $out"

echo "smoke: all checks passed"
