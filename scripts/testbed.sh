#!/usr/bin/env bash
# Gantry test bed: a private dockerd, a local registry with htpasswd auth, a session D-Bus
# running gnome-keyring's Secret Service and a notification server (dunst, on an Xvfb display of
# its own) and a podman API service, all under one directory.
#
#   scripts/testbed.sh start [--engine-only]   start (idempotent), write $T/env
#   scripts/testbed.sh env                     print $T/env (export NAME='value' lines)
#   scripts/testbed.sh kill-dockerd            SIGKILL the private dockerd (a crash)
#   scripts/testbed.sh start-dockerd           start it again with the same flags
#   scripts/testbed.sh stop                    stop everything, unmount, remove $T
#
# $T is private: created by start with mode 0700 (or an empty 0700 directory of ours, as
# mktemp -d makes) and marked as ours; start refuses any other existing directory, stop
# removes only a marked one. dockerd's arguments are computed, never read from a file in
# $T, and its socket is left to the user alone (mode 0600).
#
# T=${GANTRY_TESTBED_DIR:-/tmp/gantry-testbed}; registry port ${GANTRY_REGISTRY_PORT:-5000};
# GANTRY_TESTBED_PODMAN=0 leaves podman out (--engine-only does too).
# dockerd needs root: as another user, passwordless sudo is used for it.
set -euo pipefail

T=${GANTRY_TESTBED_DIR:-/tmp/gantry-testbed}
SELF=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")
SOCK=$T/docker.sock
MARK=.gantry-testbed # in $T: this script created $T (or adopted it empty and private)
IMAGE=gantry-seed/busybox:latest
REG_PORT=${GANTRY_REGISTRY_PORT:-5000}
REG_USER=gantry
REG_PASS='g>>>???t3st' # base64 of it and of "gantry:<it>" both hold '+' and '/'
KEYRING_PASS=gantry-testbed
SUDO=
[ "$(id -u)" -eq 0 ] || SUDO="sudo -n"

say() { echo "testbed: $*"; }
die() { echo "testbed: error: $*" >&2; exit 1; }
T=${T%/}
[[ $T == /?* ]] || die "GANTRY_TESTBED_DIR must be an absolute path other than / (got '$T')"

# alive PID: the process exists and is not a zombie.
alive() {
  local st; st=$(awk '{print $3}' "/proc/${1:-none}/stat" 2>/dev/null || true)
  [ -n "$st" ] && [ "$st" != Z ]
}
# pid_of FILE COMM: prints the pid stored in FILE if that process is alive and named COMM.
pid_of() {
  local pid; pid=$(cat "$1" 2>/dev/null) || return 1
  alive "$pid" && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = "$2" ] && echo "$pid"
}
# gone PID SECONDS: waits until PID has exited; fails on timeout.
gone() { local i; for ((i = 0; i < $2 * 10; i++)); do alive "$1" || return 0; sleep 0.1; done; return 1; }
# stop_pid PID GRACE: SIGTERM, then SIGKILL after GRACE seconds.
stop_pid() {
  alive "${1:-}" || return 0
  $SUDO kill -TERM "$1" 2>/dev/null || true
  gone "$1" "$2" || { $SUDO kill -KILL "$1" 2>/dev/null || true; gone "$1" 5 || true; }
}
ping_engine() { curl -sf -m 2 --unix-socket "$SOCK" http://localhost/_ping >/dev/null 2>&1; }
# ours: $T and its marker belong to us and nobody else can write in $T.
ours() {
  [ -d "$T" ] && [ ! -L "$T" ] && [ -O "$T" ] && [ -f "$T/$MARK" ] && [ -O "$T/$MARK" ] &&
    [ "$(stat -c %a "$T")" = 700 ]
}
# make_private: creates $T with mode 0700, or adopts an empty private directory of ours
# (mktemp -d); refuses anything else, which another user or an old run may have prepared.
make_private() {
  if [ ! -e "$T" ] && [ ! -L "$T" ]; then
    mkdir -m 700 -- "$T" || die "cannot create $T"
  elif ours; then
    return 0
  elif [ -d "$T" ] && [ ! -L "$T" ] && [ -O "$T" ] && [ "$(stat -c %a "$T")" = 700 ] &&
    [ -z "$(ls -A -- "$T")" ]; then
    : # empty and private: nobody else can have put anything in it
  else
    die "$T already exists and was not created by this script: refusing to use it"
  fi
  : >"$T/$MARK"
}
other_dockerd() {
  local mine p; mine=$(pid_of "$T/docker.pid" dockerd || true)
  for p in $(pgrep -x dockerd || true); do [ "$p" != "$mine" ] && alive "$p" && return 0; done
  return 1
}
sq() { printf "'%s'" "${1//\'/\'\\\'\'}"; } # single-quote for sh

dockerd_args() {
  printf '%s\n' --host "unix://$SOCK" --data-root "$T/root" --exec-root "$T/exec" --pidfile "$T/docker.pid"
  # A plain tcp:// listener too, on 127.0.0.1 only (tests of unencrypted engines).
  printf '%s\n' --host "tcp://127.0.0.1:$(tcp_port)"
  [ "$(id -u)" -eq 0 ] || printf '%s\n' --group "$(id -g)"
  # Our own bridge still there means an earlier start of ours chose it (a restart).
  if other_dockerd || [ -n "$(ip link show master docker0 2>/dev/null)" ] ||
    ip link show "$(own_bridge)" >/dev/null 2>&1; then
    # Not --bridge none: dockerd then deletes docker0, breaking the other engine.
    say "another engine owns docker0: our default bridge is $(own_bridge)" >&2
    printf '%s\n' --bridge "$(own_bridge)"
  fi
}
# The plain tcp:// port: computed from $T (never read from a file), 20000-39999.
tcp_port() { echo $((20000 + 0x$(printf %s "$T" | md5sum | cut -c1-4) % 20000)); }
# bridge_name LETTER: a bridge of this test bed's own, by engine (b dockerd, p podman, t TLS).
bridge_name() { echo "gt$1$(printf %s "$T" | md5sum | cut -c1-8)"; }
own_bridge() { bridge_name b; }

start_dockerd() {
  make_private
  local pid; pid=$(pid_of "$T/docker.pid" dockerd || true)
  if [ -n "$pid" ]; then
    say "dockerd already running (pid $pid)"
  else
    # A killed dockerd/containerd can stay a zombie for seconds (PID 1 may reap lazily):
    # dockerd then refuses its pidfile, or waits 15 s for the "still running" containerd.
    # Containers left running by a crashed engine would cost 10 s of SIGTERM grace in
    # dockerd's restore; kill them now, they end up "Exited (137)" just the same.
    reap_engine_children 1
    $SUDO rm -f "$T/docker.pid" "$T/exec/containerd/containerd.pid"
    local args; mapfile -t args < <(dockerd_args)
    if [[ " ${args[*]} " == *" --bridge "* ]] && ! ip link show "$(own_bridge)" >/dev/null 2>&1; then
      $SUDO ip link add "$(own_bridge)" type bridge # dockerd creates only docker0 itself
    fi
    say "starting dockerd ${args[*]} (log: $T/dockerd.log)"
    $SUDO setsid dockerd "${args[@]}" >>"$T/dockerd.log" 2>&1 </dev/null &
    pid=$!
  fi
  local i
  for ((i = 0; i < 120; i++)); do
    if ping_engine; then
      # dockerd makes it root:group 0660; the engine is root on this machine: the user only.
      $SUDO chown "$(id -u):$(id -g)" "$SOCK" && $SUDO chmod 600 "$SOCK" ||
        die "cannot make $SOCK private"
      say "dockerd ready at unix://$SOCK"; return 0
    fi
    alive "$pid" || break
    sleep 0.5
  done
  tail -n 30 "$T/dockerd.log" >&2 || true
  die "dockerd did not answer /_ping within 60 s (log: $T/dockerd.log)"
}

# Kills what a dead dockerd leaves: its containerd, and (with all=1) the container shims.
# usage: reap_engine_children ALL [EXEC_ROOT]   (default: the first engine's, $T/exec)
reap_engine_children() {
  local exec=${2:-$T/exec}
  stop_pid "$(pid_of "$exec/containerd/containerd.pid" containerd || true)" 5
  [ "${1:-0}" = 1 ] || return 0
  local runc=(runc --root "$exec/runtime-runc/moby") id pid
  for id in $($SUDO "${runc[@]}" list -q 2>/dev/null || true); do
    $SUDO "${runc[@]}" delete -f "$id" >/dev/null 2>&1 || true
  done
  for pid in $(pgrep -f -- "-address $exec/containerd/containerd.sock" || true); do
    $SUDO kill -KILL "$pid" 2>/dev/null || true
  done
}

# Removes every container of the engine the docker CLI reaches (its environment as given).
rm_all_containers() {
  local ids; mapfile -t ids < <(timeout 20 docker ps -aq 2>/dev/null || true)
  [ ${#ids[@]} -eq 0 ] || timeout 60 docker rm -f "${ids[@]}" >/dev/null 2>&1 || true
}

kill_dockerd() {
  local pid; pid=$(pid_of "$T/docker.pid" dockerd || true)
  if [ -z "$pid" ]; then say "dockerd is not running"; else
    say "killing dockerd (pid $pid) with SIGKILL"
    $SUDO kill -KILL "$pid"
    gone "$pid" 10 || die "dockerd (pid $pid) did not die"
  fi
  # containerd gets SIGKILL from the kernel when dockerd dies (Pdeathsig); make sure.
  # Containers and their shims keep running, as after a real crash; start-dockerd kills them.
  reap_engine_children 0
  local i; for ((i = 0; i < 50; i++)); do ping_engine || { say "engine socket is dead"; return 0; }; sleep 0.1; done
  die "the engine socket still answers"
}

start_registry() {
  local s b
  for s in "$REG_PASS" "$REG_USER:$REG_PASS"; do
    b=$(printf %s "$s" | base64 -w0)
    [[ $b == *+* && $b == */* ]] || die "base64 of '$s' lacks '+' or '/'"
  done
  local pid; pid=$(pid_of "$T/registry.pid" docker-registry || true)
  if [ -n "$pid" ]; then say "registry already running (pid $pid)"; return 0; fi
  # The default port may be taken (another test bed, a developer's registry): take the
  # next free one unless the caller chose a port.
  while [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$REG_PORT/v2/" || true)" != 000 ]; do
    [ -z "${GANTRY_REGISTRY_PORT:-}" ] && [ "$REG_PORT" -lt 5099 ] ||
      die "port 127.0.0.1:$REG_PORT is already in use (set GANTRY_REGISTRY_PORT)"
    REG_PORT=$((REG_PORT + 1))
  done
  local url=http://127.0.0.1:$REG_PORT/v2/
  mkdir -p "$T/registry/data"
  htpasswd -Bbc "$T/registry/htpasswd" "$REG_USER" "$REG_PASS" 2>/dev/null
  cat >"$T/registry/config.yml" <<EOF
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $T/registry/data
  delete:
    enabled: true
http:
  addr: 127.0.0.1:$REG_PORT
  secret: gantry-testbed
auth:
  htpasswd:
    realm: gantry-testbed
    path: $T/registry/htpasswd
EOF
  say "starting registry on 127.0.0.1:$REG_PORT (log: $T/registry.log)"
  setsid docker-registry serve "$T/registry/config.yml" >>"$T/registry.log" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$T/registry.pid"
  local i
  for ((i = 0; i < 100; i++)); do
    [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$url" || true)" = 401 ] && { say "registry ready"; return 0; }
    alive "$pid" || break
    sleep 0.2
  done
  tail -n 20 "$T/registry.log" >&2 || true
  die "registry did not answer on $url"
}

# Waits (up to 10 s) until NAME is owned on the session bus; false if it never is.
wait_bus_name() {
  local i
  for ((i = 0; i < 200; i++)); do
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner "string:$1" 2>/dev/null | grep -q 'boolean true' && return 0
    sleep 0.05
  done
  return 1
}

stop_keyring() {
  stop_pid "$(pid_of "$T/keyring.pid" gnome-keyring-d || true)" 5
  stop_pid "$(pid_of "$T/dbus.pid" dbus-daemon || true)" 5
}

start_keyring() {
  if pid_of "$T/dbus.pid" dbus-daemon >/dev/null && pid_of "$T/keyring.pid" gnome-keyring-d >/dev/null; then
    say "D-Bus and gnome-keyring already running"; return 0
  fi
  stop_keyring
  install -d -m 700 "$T/xdg" "$T/xdg/run" "$T/xdg/data" "$T/xdg/config"
  local out
  out=$(dbus-daemon --session --fork --address="unix:path=$T/dbus.sock" --print-address=1 --print-pid=1)
  sed -n 2p <<<"$out" >"$T/dbus.pid"
  sed -n 1p <<<"$out" >"$T/dbus.address"
  export DBUS_SESSION_BUS_ADDRESS; DBUS_SESSION_BUS_ADDRESS=$(cat "$T/dbus.address")
  export XDG_RUNTIME_DIR=$T/xdg/run XDG_DATA_HOME=$T/xdg/data XDG_CONFIG_HOME=$T/xdg/config
  say "session D-Bus at $DBUS_SESSION_BUS_ADDRESS; starting gnome-keyring-daemon (log: $T/keyring.log)"
  printf %s "$KEYRING_PASS" |
    setsid gnome-keyring-daemon --foreground --unlock --components=secrets >>"$T/keyring.log" 2>&1 &
  echo $! >"$T/keyring.pid"
  wait_bus_name org.freedesktop.secrets || true
  local value="probe-$$-$RANDOM"
  printf %s "$value" | timeout 20 secret-tool store --label='gantry testbed probe' gantry-testbed probe ||
    die "secret-tool store failed (log: $T/keyring.log)"
  [ "$(timeout 20 secret-tool lookup gantry-testbed probe)" = "$value" ] || die "secret-tool lookup did not round-trip"
  timeout 20 secret-tool clear gantry-testbed probe || true
  say "Secret Service works (secret-tool store/lookup round trip)"
}

# ---- Desktop notifications (issue 18): a real notification server, dunst, on the session
# bus above, drawing on an Xvfb display of its own (picked free by -displayfd). Its
# notifications never time out, so that a test reads them (dunstctl count / history) and
# clicks them (dunstctl action 0) when it is ready.
stop_notifications() {
  stop_pid "$(pid_of "$T/dunst.pid" dunst || true)" 5
  stop_pid "$(pid_of "$T/xvfb.pid" Xvfb || true)" 5
}

start_notifications() {
  if pid_of "$T/dunst.pid" dunst >/dev/null && pid_of "$T/xvfb.pid" Xvfb >/dev/null; then
    say "dunst already running"; return 0
  fi
  stop_notifications
  export DBUS_SESSION_BUS_ADDRESS; DBUS_SESSION_BUS_ADDRESS=$(cat "$T/dbus.address")
  rm -f "$T/xvfb.display"
  setsid Xvfb -displayfd 3 -nolisten tcp -screen 0 800x600x24 3>"$T/xvfb.display" >"$T/xvfb.log" 2>&1 &
  echo $! >"$T/xvfb.pid"
  local i
  for ((i = 0; i < 100; i++)); do [ -s "$T/xvfb.display" ] && break; sleep 0.05; done
  [ -s "$T/xvfb.display" ] || die "Xvfb did not start (log: $T/xvfb.log)"
  cat >"$T/dunstrc" <<'CONF'
[global]
    markup = full
[urgency_low]
    timeout = 0
[urgency_normal]
    timeout = 0
[urgency_critical]
    timeout = 0
CONF
  DISPLAY=:$(head -n1 "$T/xvfb.display") setsid dunst -conf "$T/dunstrc" >"$T/dunst.log" 2>&1 &
  echo $! >"$T/dunst.pid"
  wait_bus_name org.freedesktop.Notifications || true
  dunstctl count >/dev/null 2>&1 || die "dunst did not take the notification service (log: $T/dunst.log)"
  say "notification server: dunst on display :$(head -n1 "$T/xvfb.display")"
}

# ---- Podman (issue 15): a rootful `podman system service` beside dockerd, with its own
# storage, run root, networks, events log and configuration under $T/podman, so that it never
# reads or writes the machine's (no registries to search, short names never resolved, nothing
# pulled). Started in the background while dockerd starts; start_all waits for it at the end.
PODMAN_SOCK=$T/podman.sock
PODMAN_DIR=$T/podman
podman_env() {
  printf '%s\n' "CONTAINERS_CONF=$PODMAN_DIR/containers.conf" \
    "CONTAINERS_STORAGE_CONF=$PODMAN_DIR/storage.conf" \
    "CONTAINERS_REGISTRIES_CONF=$PODMAN_DIR/registries.conf" "HOME=$PODMAN_DIR/home"
}
ping_podman() { curl -sf -m 2 --unix-socket "$PODMAN_SOCK" http://localhost/_ping >/dev/null 2>&1; }
# As root: the socket is root's (0660) until start_podman hands it over to the user.
ping_podman_root() {
  $SUDO curl -sf -m 2 --unix-socket "$PODMAN_SOCK" http://localhost/_ping >/dev/null 2>&1
}
# podman's CLI on our storage, bounded in time: podman_cli SECONDS ARGS...
podman_cli() {
  local envs t=$1; shift; mapfile -t envs < <(podman_env)
  $SUDO timeout "$t" env "${envs[@]}" podman --root "$PODMAN_DIR/root" --runroot "$PODMAN_DIR/run" "$@"
}
# conmon processes of our root only: by name, then by their command line (never pgrep -f on a
# path, which also matches any other program that names it).
our_conmons() {
  local pid
  for pid in $(pgrep -x conmon || true); do
    tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null | grep -qxF -- "$PODMAN_DIR/root" && echo "$pid"
  done
  return 0
}
podman_bridge() { bridge_name p; }
podman_config() {
  local h; h=$(printf %s "$T" | md5sum)
  install -d -m 700 "$PODMAN_DIR" "$PODMAN_DIR/networks" "$PODMAN_DIR/tmp" "$PODMAN_DIR/home"
  # runc, not crun, and modest rlimits: these machines refuse raising them (DESIGN.md).
  cat >"$PODMAN_DIR/containers.conf" <<EOF
[containers]
default_ulimits = ["nofile=1024:1024", "nproc=1024:1024"]
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
events_logfile_path = "$PODMAN_DIR/events.log"
tmp_dir = "$PODMAN_DIR/tmp"
static_dir = "$PODMAN_DIR/root/libpod"
volume_path = "$PODMAN_DIR/root/volumes"
image_copy_tmp_dir = "$PODMAN_DIR/tmp"
[network]
network_backend = "netavark"
network_config_dir = "$PODMAN_DIR/networks"
EOF
  cat >"$PODMAN_DIR/storage.conf" <<EOF
[storage]
driver = "overlay"
graphroot = "$PODMAN_DIR/root"
runroot = "$PODMAN_DIR/run"
EOF
  # The test bed's registry speaks plain HTTP on 127.0.0.1, any port (dockerd allows that
  # by itself).
  cat >"$PODMAN_DIR/registries.conf" <<EOF
unqualified-search-registries = []
short-name-mode = "disabled"
[[registry]]
location = "127.0.0.1"
insecure = true
EOF
  # Podman's default network ("bridge" in the Docker API), on a bridge of our own name.
  local net=10.88.$((16#${h:0:2}))
  cat >"$PODMAN_DIR/networks/podman.json" <<EOF
{"name": "podman", "id": "$(printf %s "$T" | sha256sum | cut -c1-64)", "driver": "bridge",
 "network_interface": "$(podman_bridge)", "created": "2026-01-01T00:00:00Z",
 "subnets": [{"subnet": "$net.0/24", "gateway": "$net.1"}],
 "ipv6_enabled": false, "internal": false, "dns_enabled": false,
 "ipam_options": {"driver": "host-local"}}
EOF
}
start_podman() {
  command -v podman >/dev/null || die "podman is missing (scripts/install-deps.sh installs it)"
  local pid; pid=$(pid_of "$T/podman.pid" podman || true)
  if [ -n "$pid" ]; then say "podman already running (pid $pid)"; else
    podman_config
    rm -f "$PODMAN_SOCK"
    local envs; mapfile -t envs < <(podman_env)
    say "starting podman system service (log: $T/podman.log)"
    # sh writes its own pid, then becomes podman: the pid file names podman even under sudo.
    # shellcheck disable=SC2016 # $$ and $@ are the inner shell's
    $SUDO setsid env "${envs[@]}" sh -c 'echo $$ >"$0"; exec "$@"' "$T/podman.pid" \
      podman --root "$PODMAN_DIR/root" --runroot "$PODMAN_DIR/run" system service --time=0 \
      "unix://$PODMAN_SOCK" >>"$T/podman.log" 2>&1 </dev/null &
    pid=$!
  fi
  local i
  for ((i = 0; i < 300; i++)); do
    if ping_podman_root; then
      $SUDO chown "$(id -u):$(id -g)" "$PODMAN_SOCK" && $SUDO chmod 600 "$PODMAN_SOCK" ||
        die "cannot make $PODMAN_SOCK private"
      say "podman ready at unix://$PODMAN_SOCK"
      DOCKER_HOST=unix://$PODMAN_SOCK "$(dirname "$SELF")/seed-image.sh" "$IMAGE" | sed 's/^/podman: /'
      return 0
    fi
    alive "$pid" || break
    sleep 0.1
  done
  tail -n 30 "$T/podman.log" >&2 || true
  die "podman did not answer /_ping within 30 s (log: $T/podman.log)"
}
# Starts podman in the background; wait_podman collects it (and fails the start if it failed).
start_podman_bg() { start_podman >"$T/podman.start.log" 2>&1 & PODMAN_STARTER=$!; }
wait_podman() {
  local rc=0; wait "$PODMAN_STARTER" || rc=$?
  cat "$T/podman.start.log"
  [ "$rc" = 0 ] || die "podman failed to start (see above)"
}
stop_podman() {
  if ping_podman; then # containers first: netavark then removes their veths, rules and bridge
    say "removing podman's containers"
    DOCKER_HOST=unix://$PODMAN_SOCK rm_all_containers
  elif [ -d "$PODMAN_DIR/root" ]; then # the service does not answer: podman's CLI on our root
    say "removing podman's containers (the service does not answer)"
    podman_cli 60 rm -af -t0 >/dev/null 2>&1 || true
  fi
  local pid; pid=$(pid_of "$T/podman.pid" podman || true)
  [ -z "$pid" ] || { say "stopping podman (pid $pid)"; stop_pid "$pid" 10; }
  # conmon outlives the service (and lingers 5 min after an exec): only those of our root.
  for pid in $(our_conmons); do $SUDO kill -KILL "$pid" 2>/dev/null || true; done
  $SUDO ip link delete "$(podman_bridge)" 2>/dev/null || true
}

# --- TLS engine: a second dockerd with --tlsverify on 127.0.0.1 (issue 15, item 3) ---------
# Its own data root, exec root, pidfile and bridge under $T/tls; a CA, a server certificate
# (IP:127.0.0.1) and a client certificate (clientAuth) made by openssl at start, plus a second
# CA that signed nothing (the "wrong CA" of the tests). The client's files are laid out as
# DOCKER_CERT_PATH expects (ca.pem, cert.pem, key.pem).
TLS=$T/tls
tls_bridge() { bridge_name t; }
# tls_docker CMD...: runs CMD with the docker CLI pointed at the TLS engine.
tls_docker() {
  DOCKER_HOST=tcp://127.0.0.1:$(cat "$TLS/port") DOCKER_TLS_VERIFY=1 DOCKER_CERT_PATH=$TLS/client "$@"
}
tls_curl() {
  curl -sf -m 2 --cacert "$TLS/client/ca.pem" --cert "$TLS/client/cert.pem" \
    --key "$TLS/client/key.pem" "https://127.0.0.1:$(cat "$TLS/port")/_ping" >/dev/null 2>&1
}
# free_ports N: N distinct TCP ports of 127.0.0.1 free a moment ago, on one line.
free_ports() {
  python3 -c 'import socket, sys
ss = [socket.socket() for _ in range(int(sys.argv[1]))]
for s in ss: s.bind(("127.0.0.1", 0))
print(" ".join(str(s.getsockname()[1]) for s in ss))' "$1"
}

tls_make_certs() {
  # Kept while every certificate stays valid for a day more; made anew otherwise.
  if [ -f "$TLS/client/key.pem" ] && [ -f "$TLS/pki/server-cert.pem" ]; then
    local c ok=1
    for c in "$TLS/pki/ca.pem" "$TLS/pki/server-cert.pem" "$TLS/client/cert.pem"; do
      openssl x509 -checkend 86400 -noout -in "$c" >/dev/null 2>&1 || ok=0
    done
    [ "$ok" = 0 ] || return 0
    say "TLS certificates expire within a day: making new ones"
    rm -rf "$TLS/pki" "$TLS/client" "$TLS/wrong-ca"
  fi
  install -d -m 700 "$TLS" "$TLS/pki" "$TLS/client" "$TLS/wrong-ca"
  local p=$TLS/pki ec=(-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes)
  (
    cd "$p"
    openssl req -x509 "${ec[@]}" -days 3 -subj /CN=gantry-testbed-ca -keyout ca-key.pem -out ca.pem
    openssl req -x509 "${ec[@]}" -days 3 -subj /CN=gantry-testbed-other-ca -keyout other-key.pem \
      -out other-ca.pem
    printf 'subjectAltName = IP:127.0.0.1\nextendedKeyUsage = serverAuth\n' >server.ext
    printf 'extendedKeyUsage = clientAuth\n' >client.ext
    openssl req "${ec[@]}" -subj /CN=127.0.0.1 -keyout server-key.pem -out server.csr
    openssl x509 -req -in server.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days 3 \
      -extfile server.ext -out server-cert.pem
    openssl req "${ec[@]}" -subj /CN=gantry-testbed-client -keyout client-key.pem -out client.csr
    openssl x509 -req -in client.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days 3 \
      -extfile client.ext -out client-cert.pem
  ) >/dev/null 2>&1 || die "openssl could not make the TLS certificates"
  cp "$p/ca.pem" "$TLS/client/ca.pem"
  cp "$p/client-cert.pem" "$TLS/client/cert.pem"
  cp "$p/client-key.pem" "$TLS/client/key.pem"
  cp "$p/other-ca.pem" "$TLS/wrong-ca/ca.pem"
  chmod 600 "$p"/*key.pem "$TLS/client/key.pem"
}

tls_dockerd_args() {
  printf '%s\n' --host "tcp://127.0.0.1:$(cat "$TLS/port")" --tlsverify \
    --tlscacert "$TLS/pki/ca.pem" --tlscert "$TLS/pki/server-cert.pem" \
    --tlskey "$TLS/pki/server-key.pem" --data-root "$TLS/root" --exec-root "$TLS/exec" \
    --pidfile "$TLS/docker.pid" --bridge "$(tls_bridge)" --iptables=false --ip-masq=false
}

# Launches the TLS dockerd without waiting for it (tls_wait_engine does), so that both
# engines start side by side.
tls_launch_engine() {
  make_private
  tls_make_certs
  [ -s "$TLS/port" ] || free_ports 1 >"$TLS/port"
  if pid_of "$TLS/docker.pid" dockerd >/dev/null; then return 0; fi
  $SUDO rm -f "$TLS/docker.pid" "$TLS/exec/containerd/containerd.pid"
  ip link show "$(tls_bridge)" >/dev/null 2>&1 || $SUDO ip link add "$(tls_bridge)" type bridge
  local args; mapfile -t args < <(tls_dockerd_args)
  say "starting the TLS dockerd ${args[*]} (log: $TLS/dockerd.log)"
  $SUDO setsid dockerd "${args[@]}" >>"$TLS/dockerd.log" 2>&1 </dev/null &
}

tls_wait_engine() {
  local i start=$SECONDS
  for ((i = 0; i < 120; i++)); do
    if tls_curl; then
      say "TLS dockerd ready at tcp://127.0.0.1:$(cat "$TLS/port") ($((SECONDS - start)) s after the first engine)"
      tls_docker "$(dirname "$SELF")/seed-image.sh" "$IMAGE" | sed 's/^/testbed: TLS engine: /'
      return 0
    fi
    sleep 0.5
  done
  tail -n 30 "$TLS/dockerd.log" >&2 || true
  die "the TLS dockerd did not answer within 60 s (log: $TLS/dockerd.log)"
}

tls_stop_engine() {
  [ -d "$TLS" ] || return 0
  local pid; pid=$(pid_of "$TLS/docker.pid" dockerd || true)
  if [ -n "$pid" ] && tls_curl; then tls_docker rm_all_containers; fi
  [ -z "$pid" ] || { say "stopping the TLS dockerd (pid $pid)"; stop_pid "$pid" 20; }
  reap_engine_children 1 "$TLS/exec"
  $SUDO ip link delete "$(tls_bridge)" 2>/dev/null || true
}

tls_env_lines() {
  pid_of "$TLS/docker.pid" dockerd >/dev/null || return 0
  line GANTRY_TEST_TLS_HOST "tcp://127.0.0.1:$(cat "$TLS/port")"
  line GANTRY_TEST_TLS_CERT_PATH "$TLS/client"
  line GANTRY_TEST_TLS_WRONG_CA "$TLS/wrong-ca/ca.pem"
}

# --- ssh engine: sshd on 127.0.0.1 whose `docker` reaches the test bed's engine (issue 15) --
# Debian's openssh-server run as `sshd -D -f $T/ssh/sshd_config` with a throwaway host key and
# client key. Three ports: the main one (public keys only); one that also offers passwords
# (what BatchMode refuses to type); one where the remote PATH has no `docker`. Tests use
# $T/ssh/ssh_config (ssh -F): its known_hosts knows the host key, its IdentityFile is the
# authorized client key; ssh_config_wrong_key offers a second key, never authorized.
SSHD_DIR=$T/ssh
ssh_ports() { cat "$SSHD_DIR/ports"; }
ssh_port() { ssh_ports | cut -d' ' -f"$1"; }

ssh_start() {
  make_private
  if pid_of "$SSHD_DIR/sshd.pid" sshd >/dev/null; then say "sshd already running"; return 0; fi
  install -d -m 700 "$SSHD_DIR"
  local d=$SSHD_DIR k
  [ -f "$d/host_ed25519" ] || ssh-keygen -q -t ed25519 -N '' -C gantry-testbed-host -f "$d/host_ed25519"
  for k in client_ed25519 other_ed25519; do
    [ -f "$d/$k" ] || ssh-keygen -q -t ed25519 -N '' -C "gantry-testbed-$k" -f "$d/$k"
  done
  cp "$d/client_ed25519.pub" "$d/authorized_keys"; chmod 600 "$d/authorized_keys"
  [ "$(wc -w <"$d/ports" 2>/dev/null || echo 0)" = 4 ] || free_ports 4 >"$d/ports"
  local main pw nodocker wronghost; read -r main pw nodocker wronghost <"$d/ports"
  cat >"$d/sshd_config" <<CONF
ListenAddress 127.0.0.1
Port $main
Port $pw
Port $nodocker
Port $wronghost
HostKey $d/host_ed25519
PidFile $d/sshd.pid
AuthorizedKeysFile $d/authorized_keys
StrictModes no
AllowUsers $(id -un)
PermitRootLogin $([ "$(id -u)" -eq 0 ] && echo prohibit-password || echo no)
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
PrintMotd no
Subsystem sftp internal-sftp
SetEnv DOCKER_HOST=unix://$SOCK
Match LocalPort $pw
  PasswordAuthentication yes
Match LocalPort $nodocker
  SetEnv DOCKER_HOST=unix://$SOCK PATH=/nonexistent
Match LocalPort $wronghost
  SetEnv DOCKER_HOST=unix:///nonexistent/docker.sock
CONF
  : >"$d/empty_known_hosts"
  printf '[127.0.0.1]:%s %s\n' "$main" "$(cut -d' ' -f1,2 "$d/host_ed25519.pub")" \
    "$pw" "$(cut -d' ' -f1,2 "$d/host_ed25519.pub")" \
    "$nodocker" "$(cut -d' ' -f1,2 "$d/host_ed25519.pub")" \
    "$wronghost" "$(cut -d' ' -f1,2 "$d/host_ed25519.pub")" >"$d/known_hosts"
  cat >"$d/ssh_config" <<CONF
Host *
  UserKnownHostsFile $d/known_hosts
  GlobalKnownHostsFile /dev/null
  IdentityFile $d/client_ed25519
  IdentitiesOnly yes
  IdentityAgent none
CONF
  sed "s|$d/client_ed25519|$d/other_ed25519|" "$d/ssh_config" >"$d/ssh_config_wrong_key"
  $SUDO install -d -m 755 /run/sshd # sshd's privilege separation directory
  say "starting sshd on 127.0.0.1:$main (+$pw password, +$nodocker no docker; log: $d/sshd.log)"
  $SUDO setsid /usr/sbin/sshd -D -e -f "$d/sshd_config" >>"$d/sshd.log" 2>&1 </dev/null &
  local i
  for ((i = 0; i < 50; i++)); do
    if ssh -F "$d/ssh_config" -o BatchMode=yes -p "$main" "$(id -un)@127.0.0.1" true 2>/dev/null; then
      say "sshd ready"; return 0
    fi
    sleep 0.1
  done
  tail -n 20 "$d/sshd.log" >&2 || true
  die "sshd did not accept the test bed's key on 127.0.0.1:$main (log: $d/sshd.log)"
}

ssh_stop() { stop_pid "$(pid_of "$SSHD_DIR/sshd.pid" sshd || true)" 5; }

ssh_env_lines() {
  pid_of "$SSHD_DIR/sshd.pid" sshd >/dev/null || return 0
  line GANTRY_TEST_SSH_HOST "ssh://$(id -un)@127.0.0.1:$(ssh_port 1)"
  line GANTRY_TEST_SSH_CONFIG "$SSHD_DIR/ssh_config"
  line GANTRY_TEST_SSH_PASSWORD_PORT "$(ssh_port 2)"
  line GANTRY_TEST_SSH_NO_DOCKER_PORT "$(ssh_port 3)"
  line GANTRY_TEST_SSH_WRONG_DOCKER_HOST_PORT "$(ssh_port 4)"
  line GANTRY_TEST_SSH_WRONG_KEY_CONFIG "$SSHD_DIR/ssh_config_wrong_key"
  line GANTRY_TEST_SSH_EMPTY_KNOWN_HOSTS "$SSHD_DIR/empty_known_hosts"
}

write_env() {
  line() { printf 'export %s=%s\n' "$1" "$(sq "$2")"; }
  {
    line GANTRY_TESTBED_DIR "$T"
    line GANTRY_TESTBED_SCRIPT "$SELF"
    line GANTRY_TEST_HOST "unix://$SOCK"
    line GANTRY_TEST_TCP_HOST "tcp://127.0.0.1:$(tcp_port)"
    line GANTRY_TEST_IMAGE "$IMAGE"
    if pid_of "$T/registry.pid" docker-registry >/dev/null; then
      line GANTRY_TEST_REGISTRY "127.0.0.1:$REG_PORT"
      line GANTRY_TEST_REGISTRY_USER "$REG_USER"
      line GANTRY_TEST_REGISTRY_PASSWORD "$REG_PASS"
    fi
    if pid_of "$T/dbus.pid" dbus-daemon >/dev/null; then line DBUS_SESSION_BUS_ADDRESS "$(cat "$T/dbus.address")"; fi
    if pid_of "$T/dunst.pid" dunst >/dev/null; then line GANTRY_TEST_NOTIFICATIONS dunst; fi
    if pid_of "$T/podman.pid" podman >/dev/null; then line GANTRY_TEST_PODMAN_HOST "unix://$PODMAN_SOCK"; fi
    tls_env_lines
    ssh_env_lines
  } >"$T/env"
}

start_all() {
  local engine_only=0
  case "${1:-}" in --engine-only) engine_only=1 ;; "") ;; *) die "unknown option '$1'" ;; esac
  local podman=0; [ "$engine_only" = 1 ] || [ "${GANTRY_TESTBED_PODMAN:-1}" = 0 ] || podman=1
  if [ "$podman" = 1 ]; then make_private; start_podman_bg; fi
  [ "$engine_only" = 1 ] || tls_launch_engine
  start_dockerd
  local tls_job= # the TLS engine is waited for and seeded beside the first one's seeding
  [ "$engine_only" = 1 ] || { tls_wait_engine & tls_job=$!; }
  DOCKER_HOST=unix://$SOCK "$(dirname "$SELF")/seed-image.sh" "$IMAGE" | sed 's/^/testbed: /'
  if [ "$engine_only" = 0 ]; then
    wait "$tls_job" || die "the TLS engine did not start (log: $TLS/dockerd.log)"
    ssh_start; start_registry; start_keyring; start_notifications
  fi
  if [ "$podman" = 1 ]; then wait_podman; fi
  write_env
  say "ready in ${SECONDS}s; env file: $T/env (use: . $T/env)"
}

stop_all() {
  [ -e "$T" ] || [ -L "$T" ] || { say "nothing to stop ($T does not exist)"; return 0; }
  ours || die "$T was not created by this script: not touching it"

  if ping_engine; then # remove what tests left, so no bridge or netns outlives the engine
    say "removing containers, networks and swarm state"
    export DOCKER_HOST=unix://$SOCK
    timeout 20 docker swarm leave --force >/dev/null 2>&1 || true
    rm_all_containers
    timeout 20 docker network prune -f >/dev/null 2>&1 || true
  fi
  stop_podman
  local pid; pid=$(pid_of "$T/docker.pid" dockerd || true)
  [ -z "$pid" ] || { say "stopping dockerd (pid $pid)"; stop_pid "$pid" 20; }
  reap_engine_children 1
  tls_stop_engine
  ssh_stop
  stop_pid "$(pid_of "$T/registry.pid" docker-registry || true)" 5
  stop_notifications
  stop_keyring
  local m
  for m in $(findmnt -rn -o TARGET | awk -v t="$T/" 'index($0, t) == 1' | sort -r); do
    $SUDO umount -R -l "$m" 2>/dev/null || true
  done
  # Bridges (docker0, docker_gwbridge, br-*) outlive their engine. With no engine left
  # running they are orphans that dockerd recreates at will: delete them.
  $SUDO ip link delete "$(own_bridge)" 2>/dev/null || true
  if ! other_dockerd; then
    for m in $(ip -o link show type bridge 2>/dev/null | awk -F': ' '{sub(/@.*/, "", $2); print $2}' |
      grep -E '^(docker0|docker_gwbridge|br-[0-9a-f]{12})$'); do
      $SUDO ip link delete "$m" 2>/dev/null || true
    done
  fi
  $SUDO rm -rf "$T"
  say "stopped; $T removed"
}

case "${1:-}" in
  start) shift; start_all "$@" ;;
  env) [ -f "$T/env" ] || die "no test bed at $T (run: $0 start)"; cat "$T/env" ;;
  kill-dockerd) kill_dockerd ;;
  start-dockerd) ours || die "no test bed at $T (run: $0 start)"; start_dockerd ;;
  stop) stop_all ;;
  *) echo "usage: $0 start [--engine-only] | env | kill-dockerd | start-dockerd | stop" >&2; exit 2 ;;
esac
