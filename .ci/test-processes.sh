# Sourced by .ci/run: finds the processes a test run started and left running.
#
# 'dotnet test' runs with NETWORKGRAPH_TEST_RUN set to a mark of its own, which every process it starts
# inherits (the test host, the services, node and the browser the tests start). A process that still
# carries the mark when 'dotnet test' has ended was left behind by a test. Processes that existed before
# the run, and those of other test runs on the same machine, carry no such mark and are never reported.

# What the tests start: the service, Chromium and the Node.js scripts that drive it, audit the service or
# lint Cypher (a browser's profile and temporary files are in a networkgraph-browser-* folder).
test_process_pattern='NetworkGraph\.Api\.dll|networkgraph-browser|chromium|workbench\.mjs|audit\.mjs|lint\.mjs'

# Prints "PID command line" for each live process whose command line matches the pattern; with a mark, only
# those whose environment carries it. Zombies are left out: they have ended and only wait to be reaped.
list_test_processes() {
  local mark="${1:-}" file dir pid state cmd
  # One grep over every command line first: reading each process's files one by one takes seconds.
  grep -laE "$test_process_pattern" /proc/[0-9]*/cmdline 2>/dev/null | while read -r file; do
    dir=${file%/cmdline}
    pid=${dir#/proc/}
    state=$(sed -E 's/^.*\) ([A-Za-z]).*$/\1/' "$dir/stat" 2>/dev/null) || continue
    if [ -z "$state" ] || [ "$state" = Z ]; then
      continue
    fi
    cmd=$(tr '\0' ' ' 2>/dev/null <"$dir/cmdline") || continue
    [[ "$cmd" =~ $test_process_pattern ]] || continue
    if [ -n "$mark" ] && ! tr '\0' '\n' 2>/dev/null <"$dir/environ" | grep -qxF "NETWORKGRAPH_TEST_RUN=$mark"; then
      continue
    fi
    echo "$pid ${cmd:0:240}"
  done
}

# Prints the processes carrying the mark that are not in the list taken before the run ($2), after giving
# them a few seconds to finish stopping.
left_behind() {
  local mark="$1" before="$2" found="" tries=10
  while [ "$tries" -gt 0 ]; do
    tries=$((tries - 1))
    found=$(list_test_processes "$mark" | while read -r pid cmd; do
      grep -q "^$pid " <<<"$before" || echo "$pid $cmd"
    done)
    [ -z "$found" ] && return 0
    sleep 1
  done
  echo "$found"
}
