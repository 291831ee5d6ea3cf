#!/usr/bin/env bash
# The playground's browser tests (not part of `ctest --preset dev`: they need emscripten, chromium
# and a WebAssembly build of a few minutes). Installs what is missing (Debian: emscripten, chromium;
# npm: puppeteer-core and axe-core, pinned by web/test/package-lock.json), builds web/dist with
# web/build.sh (skip with --no-build), then runs web/test/browser_test.mjs (about 30 s), which
# leaves its screenshots in build/web-shots/. .ci/run runs this after the ctest suite.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
need=()
command -v emcc >/dev/null || need+=(emscripten)
command -v chromium >/dev/null || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  echo "web/test.sh: installing ${need[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
if [ "${1:-}" != "--no-build" ]; then bash "$root/web/build.sh"; fi
if [ ! -f "$root/web/test/node_modules/puppeteer-core/package.json" ] || [ ! -f "$root/web/test/node_modules/axe-core/package.json" ]; then
  (cd "$root/web/test" && npm ci --ignore-scripts --no-audit --no-fund >/dev/null)
fi
CHROMIUM=${CHROMIUM:-$(command -v chromium)} node "$root/web/test/browser_test.mjs" --dist "$root/web/dist" --shots "$root/build/web-shots"
