#!/usr/bin/env bash
# The whole test suite, on SQLite and then on PostgreSQL: installs what is missing, starts a throwaway
# PostgreSQL cluster on a loopback port, runs every test project against each database, and prints the totals.
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

need=()
[ -x /usr/lib/chromium/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  echo "== 安装缺少的软件包: ${need[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

if [ -f package.json ]; then
  echo "== npm 依赖"
  npm ci --no-audit --no-fund --loglevel=error
fi

pg_bin=$(ls -d /usr/lib/postgresql/15/bin 2>/dev/null || ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/gongkai-pg.XXXXXX")
pg_user=""
if [ "$(id -u)" -eq 0 ]; then
  # PostgreSQL refuses to run as root: run the throwaway cluster as the postgres system user.
  pg_user=postgres
  chown postgres "$pg_dir"
fi
pg() { if [ -n "$pg_user" ]; then runuser -u "$pg_user" -- "$@"; else "$@"; fi; }

port=55432
while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done

# The tests' own files (SQLite databases, attachments) go to a folder of this run, removed at the end.
tests_tmp=$(mktemp -d "${TMPDIR:-/tmp}/gongkai-tests.XXXXXX")

cleanup() {
  pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir" "$tests_tmp"
}
trap cleanup EXIT

echo "== 启动 PostgreSQL（$pg_bin，端口 $port）"
pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
  -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null

echo "== 编译"
dotnet build Gongkai.slnx -c Release -nologo -v q -clp:ErrorsOnly

results="$root/.test-results"
rm -rf "$results"
mkdir -p "$results"
status=0
for db in sqlite postgres; do
  echo "== 测试（$db）"
  for project in tests/*/*.csproj; do
    name=$(basename "$project" .csproj)
    TMPDIR="$tests_tmp" GONGKAI_TEST_DB=$db \
    GONGKAI_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres" \
      dotnet test "$project" -c Release --no-build -nologo \
        --logger "trx;LogFileName=$name.trx" --results-directory "$results/$db" || status=1
  done
done

passed=0; failed=0; skipped=0; files=0
for trx in "$results"/*/*.trx; do
  [ -f "$trx" ] || continue
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  total=$(get total); executed=$(get executed); p=$(get passed); f=$(get failed); e=$(get error)
  passed=$((passed + p)); failed=$((failed + f + e)); skipped=$((skipped + total - executed))
done
projects=$(ls tests/*/*.csproj | wc -l)
if [ "$files" -ne $((projects * 2)) ]; then
  echo "缺少测试结果：应有 $((projects * 2)) 份，实得 $files 份（测试进程可能崩溃）"
  status=1
fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
