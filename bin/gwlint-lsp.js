#!/usr/bin/env node
// The gwlint language server for any LSP editor: `gwlint-lsp --stdio`.
if (!process.argv.some((a) => a === '--stdio' || a.startsWith('--node-ipc') || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.argv.push('--stdio');
}
require('../out/server.js');
