#!/usr/bin/env bash
# What the test suites need beyond npm, found on this machine or installed through apt (as root, or
# through sudo), saying what is installed and why — the way `playwright install --with-deps` does.
#
#   source scripts/test-prerequisites.sh && need_browser   # exports CHROMIUM_PATH
#   source scripts/test-prerequisites.sh && need_redis     # exports REDIS_SERVER_PATH
#   source scripts/test-prerequisites.sh && need_postgres  # /usr/lib/postgresql/<major>/bin
#   source scripts/test-prerequisites.sh && need_promtool  # promtool (Debian's prometheus)
#
# Playwright never downloads a browser here: it drives a Chromium-family browser the machine has
# (CHROMIUM_PATH, Debian's chromium, Google Chrome as on GitHub's runners), else Debian's chromium.

say() { printf '[test prerequisites] %s\n' "$*" >&2; }

apt_install() {
  local why="$1"
  shift
  if ! command -v apt-get >/dev/null 2>&1; then
    say "cannot install $* ($why): this machine has no apt-get. Install it yourself, or point the tests at one (see README)."
    return 1
  fi
  local sudo=()
  if [ "$(id -u)" != 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      say "cannot install $* ($why): not root and no sudo. Run as root once, or install it yourself: apt-get install -y $*"
      return 1
    fi
    # No terminal (CI): sudo must not wait for a password nobody can type.
    if [ -t 0 ]; then sudo=(sudo); else sudo=(sudo -n); fi
  fi
  say "installing $* through apt ($why)"
  "${sudo[@]}" apt-get update -qq &&
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# A browser counts only if it really starts: Ubuntu's chromium-browser is a stub that asks for snap.
browser_runs() {
  [ -n "$1" ] && "$1" --version >/dev/null 2>&1
}

find_browser() {
  local candidate
  for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium \
    "$(command -v chromium || true)" "$(command -v google-chrome || true)" \
    "$(command -v google-chrome-stable || true)" "$(command -v chromium-browser || true)"; do
    if browser_runs "$candidate"; then
      printf '%s\n' "$candidate"
      return 0
    fi
  done
  return 1
}

need_browser() {
  local found
  if [ -n "${CHROMIUM_PATH:-}" ] && ! browser_runs "$CHROMIUM_PATH"; then
    say "CHROMIUM_PATH=$CHROMIUM_PATH does not start; looking for another browser"
  fi
  if ! found="$(find_browser)"; then
    apt_install "a Chromium for the end-to-end tests; Playwright downloads none" chromium || return 1
    found="$(find_browser)" || {
      say "Chromium was installed but does not start: /usr/bin/chromium --version"
      return 1
    }
  fi
  export CHROMIUM_PATH="$found"
  say "browser: $CHROMIUM_PATH ($("$CHROMIUM_PATH" --version 2>/dev/null | head -n 1))"
}

find_redis() {
  local candidate
  for candidate in "${REDIS_SERVER_PATH:-}" "$(command -v redis-server || true)" "$(command -v valkey-server || true)"; do
    if [ -n "$candidate" ] && "$candidate" --version >/dev/null 2>&1; then
      printf '%s\n' "$candidate"
      return 0
    fi
  done
  return 1
}

need_redis() {
  local found
  if ! found="$(find_redis)"; then
    # Only the binary: the test starts its own server on a free port. apt's package also enables a
    # system service, which the tests neither need nor touch.
    apt_install "a Redis server binary for the shared rate-limit tests, which start their own" redis-server || return 1
    found="$(find_redis)" || {
      say "redis-server was installed but does not run: redis-server --version"
      return 1
    }
  fi
  export REDIS_SERVER_PATH="$found"
  say "redis: $REDIS_SERVER_PATH ($("$REDIS_SERVER_PATH" --version | head -n 1))"
}

# A PostgreSQL server with its pg_dump and pg_restore beside it (Debian's layout), for the restore tests
# of pg_dump's format: the embedded PostgreSQL ships no pg_dump (tests/support/debianPostgres.ts).
find_postgres() {
  local bin
  for bin in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -rn); do
    if [ -x "$bin/initdb" ] && [ -x "$bin/pg_ctl" ] && [ -x "$bin/postgres" ] && [ -x "$bin/pg_dump" ] && [ -x "$bin/pg_restore" ]; then
      printf '%s\n' "$bin"
      return 0
    fi
  done
  return 1
}

need_postgres() {
  local found
  if ! found="$(find_postgres)"; then
    # The tests start their own cluster on a free port; the one the package may create is not used.
    apt_install "a PostgreSQL server with pg_dump for the pg_dump-format restore tests, which start their own" postgresql || return 1
    found="$(find_postgres)" || {
      say "postgresql was installed but /usr/lib/postgresql/<major>/bin lacks initdb, pg_ctl, postgres, pg_dump or pg_restore"
      return 1
    }
  fi
  say "postgresql: $found ($("$found/postgres" --version))"
}

# promtool, for the alert-rule tests (tests/int/alert-rules.test.ts): Debian's prometheus package has it.
# The package also installs a Prometheus service, which the tests neither start nor need.
need_promtool() {
  if ! command -v promtool >/dev/null 2>&1; then
    apt_install "promtool, to check and unit-test the monitoring profile's alert rules" prometheus || return 1
    command -v promtool >/dev/null 2>&1 || {
      say "prometheus was installed but promtool is not on the PATH"
      return 1
    }
  fi
  say "promtool: $(command -v promtool) ($(promtool --version 2>&1 | head -n 1))"
}

# Run directly (npm test does, before its first suite): both, so a long run cannot stop at its last
# suite for want of a browser.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  need_redis
  need_postgres
  need_promtool
  need_browser
fi
