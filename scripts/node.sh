#!/bin/sh
# Runs Node 24: the project-local one installed by scripts/install-tools.sh when the machine's is older.
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
if [ -x "$root/.tools/node/bin/node" ]; then
  PATH="$root/.tools/node/bin:$PATH"
  export PATH
fi
exec node "$@"
