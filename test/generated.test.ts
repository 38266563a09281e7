import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedFiles } from '../scripts/generated';

describe('generated files', () => {
  const root = join(__dirname, '..');
  for (const file of generatedFiles(root)) {
    it(`${file.path} is up to date (npm run generate)`, () => {
      const target = join(root, file.path);
      assert.ok(existsSync(target), `${file.path} is missing: run npm run generate`);
      assert.equal(readFileSync(target, 'utf8'), file.content, `${file.path} is stale: run npm run generate`);
    });
  }
});
