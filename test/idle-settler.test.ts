// The language server settles (drops old versions' data, collects garbage) only when quiet:
// never while a lint runs, in order, once per quiet spell, and again after new activity.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { IdleSettler } from '../server/src/lsp/idle';

async function until(test: () => boolean): Promise<void> {
  while (!test()) await sleep(5);
}

describe('idle settling', () => {
  it('waits for the lint under way, then runs its steps in order, once', async () => {
    const ran: string[] = [];
    const settler = new IdleSettler([
      { quietMs: 5, run: () => ran.push('drop') },
      { quietMs: 5, run: () => ran.push('collect') },
    ]);
    let finish!: () => void;
    const lint = settler.during(() => new Promise<void>((resolve) => (finish = resolve)));
    settler.busy(); // an edit while the lint runs
    await sleep(50);
    assert.deepEqual(ran, [], 'nothing settles while a lint runs');
    finish();
    await lint;
    await until(() => ran.length === 2);
    await sleep(30);
    assert.deepEqual(ran, ['drop', 'collect'], 'each step once, in order');

    settler.busy();
    await until(() => ran.length === 4);
    assert.deepEqual(ran.slice(2), ['drop', 'collect'], 'settles again after new activity');
    settler.dispose();
  });

  it('starts over from the first step when activity comes between steps', async () => {
    const ran: string[] = [];
    const settler = new IdleSettler([
      { quietMs: 5, run: () => ran.push('drop') },
      { quietMs: 1000, run: () => ran.push('collect') },
    ]);
    settler.busy();
    await until(() => ran.length === 1);
    settler.busy(); // an edit before the second step
    await until(() => ran.includes('collect'));
    assert.deepEqual(ran, ['drop', 'drop', 'collect']);
    settler.dispose();
  });
});
