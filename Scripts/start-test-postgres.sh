#!/bin/sh
# Starts a local PostgreSQL for the store test-suite and prints its URL.
# Idempotent: installs PostgreSQL if missing, starts the cluster, makes it listen on
# 127.0.0.1 only, and creates the role and database the tests use. Run as root.
#
#   export SCRUTINEER_TEST_POSTGRES_URL="$(Scripts/start-test-postgres.sh)"
#   swift test --filter StorageTests
set -eu

ROLE=scrutineer
PASSWORD=${SCRUTINEER_TEST_POSTGRES_PASSWORD:-scrutineer-test}
DATABASE=scrutineer_test
PORT=${SCRUTINEER_TEST_POSTGRES_PORT:-5432}

if [ "$(id -u)" -ne 0 ]; then
    echo "start-test-postgres.sh: run as root (it installs and starts PostgreSQL)" >&2
    exit 1
fi

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    echo "installing PostgreSQL…" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2
fi

VERSION=$(ls /etc/postgresql | sort -n | tail -1)
CONF=/etc/postgresql/$VERSION/main/postgresql.conf

# Listen on the loopback address only.
if ! grep -q "^listen_addresses = '127.0.0.1'" "$CONF"; then
    sed -i "s/^#\?listen_addresses *=.*/listen_addresses = '127.0.0.1'/" "$CONF"
    grep -q "^listen_addresses" "$CONF" || echo "listen_addresses = '127.0.0.1'" >> "$CONF"
    if pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
        pg_ctlcluster "$VERSION" main restart >&2
    fi
fi

if ! pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
    pg_ctlcluster "$VERSION" main start >&2
fi

PORT=$(pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" { print $3 }')

psql_admin() {
    su postgres -c "psql -p $PORT -v ON_ERROR_STOP=1 -qAt $*"
}

if [ "$(psql_admin "-c \"SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'\"")" != "1" ]; then
    psql_admin "-c \"CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD'\"" >&2
else
    psql_admin "-c \"ALTER ROLE $ROLE LOGIN PASSWORD '$PASSWORD'\"" >&2
fi
if [ "$(psql_admin "-c \"SELECT 1 FROM pg_database WHERE datname = '$DATABASE'\"")" != "1" ]; then
    psql_admin "-c \"CREATE DATABASE $DATABASE OWNER $ROLE\"" >&2
fi

echo "postgres://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DATABASE"
