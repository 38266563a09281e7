import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../server/src/core/rules';
import { checkFixture, loadFixtures } from './support/harness';

// Each rule has a folder of fixtures under test/fixtures/rules/<rule-id>/ that are checked
// for that rule's findings only; test/fixtures/drafts/ are whole drafts checked for every rule.
const ROOT = join(__dirname, 'fixtures');

describe('rule fixtures', () => {
  for (const rule of RULES) {
    const dir = join(ROOT, 'rules', rule.meta.id);
    describe(rule.meta.id, () => {
      it('has fixtures', () => {
        if (!existsSync(dir) || loadFixtures(dir).length === 0) throw new Error(`no fixtures in ${dir}`);
      });
      if (!existsSync(dir)) return;
      for (const fixture of loadFixtures(dir)) {
        it(fixture.name, () => {
          checkFixture(fixture, [rule.meta.id]);
        });
      }
    });
  }
});

describe('draft fixtures (every rule)', () => {
  const dir = join(ROOT, 'drafts');
  if (!existsSync(dir) || readdirSync(dir).length === 0) return;
  for (const fixture of loadFixtures(dir)) {
    it(fixture.name, () => {
      checkFixture(fixture);
    });
  }
});
