#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for the store tests and prints the line that points them at it:
#   eval "$(scripts/start-postgres.sh)"    # sets DIGESTBOT_TEST_POSTGRES
# Installs PostgreSQL from Debian packages when missing. The cluster lives in a fresh temp folder owned by the
# postgres user, listens on 127.0.0.1 only, on the first free port from $DIGESTBOT_PG_PORT (default 55432).
# Everything but the export line goes to stderr. Stop it with the pg_ctl line printed on stderr.
set -euo pipefail

log() { printf '%s\n' "start-postgres: $*" >&2; }

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

bin_dir="$(find_bin)"
if [[ -z "$bin_dir" || ! -x "$bin_dir/initdb" ]]; then
  if [[ "$(id -u)" -ne 0 ]]; then
    log "PostgreSQL is not installed and this is not root: run 'apt-get install -y postgresql' as root first."
    exit 1
  fi
  log "installing PostgreSQL from Debian packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >&2
  apt-get install -y --no-install-recommends postgresql >&2
  bin_dir="$(find_bin)"
fi
if [[ -z "$bin_dir" || ! -x "$bin_dir/initdb" ]]; then
  log "initdb not found under /usr/lib/postgresql/*/bin after install"
  exit 1
fi

# The server refuses to run as root: as root, run it as the postgres user the Debian package creates.
as_owner=()
if [[ "$(id -u)" -eq 0 ]]; then
  if ! id postgres >/dev/null 2>&1; then
    log "user 'postgres' is missing (it comes with the postgresql package)"
    exit 1
  fi
  as_owner=(runuser -u postgres --)
fi

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port="${DIGESTBOT_PG_PORT:-55432}"
for _ in $(seq 1 50); do
  port_free "$port" && break
  port=$((port + 1))
done
port_free "$port" || { log "no free port found from ${DIGESTBOT_PG_PORT:-55432}"; exit 1; }

dir="$(mktemp -d "${TMPDIR:-/tmp}/digestbot-pg.XXXXXX")"
chmod 0755 "$dir"
mkdir -p "$dir/data" "$dir/socket"
if [[ "$(id -u)" -eq 0 ]]; then
  chown -R postgres:postgres "$dir"
fi

user="digestbot"
database="digestbot"
password="$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"

log "initialising a cluster in $dir/data with $bin_dir"
"${as_owner[@]}" "$bin_dir/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
  --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }

"${as_owner[@]}" "$bin_dir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir/socket -c fsync=off -c max_connections=200" \
  start >&2 || { cat "$dir/server.log" >&2; exit 1; }

"${as_owner[@]}" "$bin_dir/psql" -h "$dir/socket" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q >&2 <<SQL
CREATE ROLE $user LOGIN CREATEDB PASSWORD '$password';
CREATE DATABASE $database OWNER $user;
SQL

log "PostgreSQL is up on 127.0.0.1:$port (data and log in $dir)"
log "stop it with: ${as_owner[*]} $bin_dir/pg_ctl -D $dir/data stop -m fast"
printf 'export DIGESTBOT_TEST_POSTGRES="Host=127.0.0.1;Port=%s;Database=%s;Username=%s;Password=%s"\n' \
  "$port" "$database" "$user" "$password"
