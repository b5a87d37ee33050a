#!/usr/bin/env bash
# Prepares a fresh Debian machine for tyndau's tests: Debian packages and the local services the
# tests talk to. Idempotent: running it twice changes nothing the second time.
set -euo pipefail

# Debian packages the tests need. Add a package here with a comment saying which test needs it.
debian_packages=(
  chromium  # dashboard browser tests and the digest PDF (playwright-core drives /usr/bin/chromium)
)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
for package in "${debian_packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

wait_for_port() {
  for _ in $(seq 1 50); do
    port_open "$1" && return 0
    sleep 0.2
  done
  echo "setup: nothing answers on 127.0.0.1:$1" >&2
  return 1
}

if ! port_open 5432 && command -v pg_ctlcluster >/dev/null; then
  echo "setup: starting PostgreSQL"
  as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
  wait_for_port 5432
fi

if ! port_open 4222 && [ -x /usr/sbin/nats-server ]; then
  echo "setup: starting NATS with JetStream"
  as_root start-stop-daemon --start --oknodo --background --exec /usr/sbin/nats-server -- \
    -a 127.0.0.1 -p 4222 -js -sd /var/lib/nats-server -l /var/log/nats-server.log
  wait_for_port 4222
fi
