# Sourced by the tools/ scripts: where the installed tools are, and how the browser tests run.
tools_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root_dir="$(cd "$tools_dir/.." && pwd)"
export PATH="$HOME/.cargo/bin:$tools_dir/node_modules/.bin:$PATH"
# wasm-bindgen-test runs the wasm tests in headless Chromium through this driver; the flags
# Chromium needs as root (no sandbox, no network chatter) are in webdriver.json.
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"
# The wasm features rustc's wasm32 target uses, for running wasm-opt by hand as Trunk runs it
# (tools/wasm-top, tools/wasm-floor): with them the result has the byte size of dist/'s wasm.
wasm_opt_features=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-mutable-globals --enable-reference-types --enable-multivalue)
cd "$root_dir"
