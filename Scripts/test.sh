#!/usr/bin/env bash
# Runs the whole test suite: installs what is missing, starts a PostgreSQL server on
# 127.0.0.1 for the store suite, then `swift test`.
set -euo pipefail
cd "$(dirname "$0")/.."

Scripts/install-system-packages.sh postgresql
SCRUTINEER_TEST_POSTGRES_URL=$(Scripts/start-test-postgres.sh)
export SCRUTINEER_TEST_POSTGRES_URL
swift test "$@"
