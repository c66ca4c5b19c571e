#!/bin/sh
# Executable wrapper (vscodeExecutablePath for @vscode/test-electron) around vscode-shim.mjs.
exec node "$(dirname "$0")/vscode-shim.mjs" "$@"
