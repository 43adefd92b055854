#!/usr/bin/env bash
# Virtuoso Open Source (Debian package virtuoso-opensource) on loopback, its database in a work folder of
# our own (the package's /var/lib/virtuoso-opensource-7 and its service are left alone).
#   virtuoso.sh start DBDIR HTTPPORT SQLPORT   write a small ini, start virtuoso-t in the background, wait for SQL
#   virtuoso.sh load  DBDIR FILE.nq            bulk load (ld_dir + rdf_loader_run + checkpoint); prints the quad count
#   virtuoso.sh stop  DBDIR                    shutdown through isql, then wait for the process
set -euo pipefail
cmd=$1; db=$2
ini=$db/virtuoso.ini
sqlport() { sed -n 's/^ServerPort *= *127.0.0.1:\([0-9]*\) *; *sql.*/\1/p' "$ini"; }
isql() { isql-vt "127.0.0.1:$(sqlport)" dba dba "$@"; }
case $cmd in
  start)
    http=$3; sql=$4; mkdir -p "$db"
    cat > "$ini" <<INI
[Database]
DatabaseFile = $db/virtuoso.db
ErrorLogFile = $db/virtuoso.log
LockFile = $db/virtuoso.lck
TransactionFile = $db/virtuoso.trx
xa_persistent_file = $db/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = $db/virtuoso-temp.db
TransactionFile = $db/virtuoso-temp.trx
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:$sql ; sql
DisableUnixSocket = 1
MaxClientConnections = 8
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = ., $db
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
ThreadsPerQuery = 2
[HTTPServer]
ServerPort = 127.0.0.1:$http
ServerRoot = $db
MaxClientConnections = 8
ServerThreads = 8
EnabledDavVSP = 0
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
INI
    (cd "$db" && exec virtuoso-t +foreground +configfile "$ini" > "$db/stdout.log" 2>&1) &
    echo $! > "$db/pid"
    for _ in $(seq 1 120); do
      if isql exec="SELECT 1;" >/dev/null 2>&1; then exit 0; fi
      if ! kill -0 "$(cat "$db/pid")" 2>/dev/null; then echo "virtuoso exited; see $db/virtuoso.log" >&2; exit 1; fi
      sleep 0.5
    done
    echo "virtuoso did not answer on SQL port $sql within 60 s" >&2; exit 1
    ;;
  load)
    f=$(readlink -f "$3")
    cp "$f" "$db/"
    # N-Quads keep their own graphs; the graph argument is only used for triples without one.
    isql exec="ld_dir('$db', '$(basename "$f")', 'urn:kz-labour:default'); rdf_loader_run(); checkpoint;
               SELECT ll_file, ll_state, ll_error FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;
               SELECT COUNT(*) FROM DB.DBA.RDF_QUAD;" ;;
  stop)
    isql exec="shutdown;" >/dev/null 2>&1 || true
    pid=$(cat "$db/pid" 2>/dev/null || true)
    if [ -n "$pid" ]; then
      for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || exit 0; sleep 0.25; done
      kill "$pid" 2>/dev/null || true
    fi ;;
  *) echo "unknown command $cmd" >&2; exit 2 ;;
esac
