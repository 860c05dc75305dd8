#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on 127.0.0.1 for the storage tests and prints its URL.
# Usage: export SITREP_TEST_POSTGRES=$(scripts/start-test-postgres.sh)   (Debian's postgresql package must be installed)
set -euo pipefail
port=${SITREP_TEST_POSTGRES_PORT:-54329}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "no PostgreSQL server found: apt-get install postgresql" >&2; exit 1; }
dir=$(mktemp -d /tmp/sitrep-pg.XXXXXX)
# initdb refuses to run as root; the cluster belongs to the postgres user then.
run() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$dir"
run "$bin/initdb -D $dir/data -A trust -U postgres -E UTF8 --no-locale" >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
run "$bin/pg_ctl -D $dir/data -l $dir/server.log -w -o \"-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off\" start" >/dev/null
echo "postgres://postgres@127.0.0.1:$port/postgres"
