import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Semaphore } from './semaphore.ts';

/** A task that runs until released, recording how many ran at once. */
function gatedTasks(sem: Semaphore, n: number) {
  let inside = 0;
  let maxInside = 0;
  const started: number[] = [];
  const releases: (() => void)[] = [];
  const done = Array.from({ length: n }, (_, i) =>
    sem.run(async () => {
      inside++;
      maxInside = Math.max(maxInside, inside);
      started.push(i);
      await new Promise<void>((r) => releases.push(r));
      inside--;
      return i;
    }),
  );
  return { done, started, releases, maxInside: () => maxInside };
}

/** Lets pending promise callbacks run. */
const settle = () => new Promise<void>((r) => setImmediate(r));

describe('Semaphore', () => {
  it('runs at most `limit` at once, in arrival order', async () => {
    const sem = new Semaphore(1);
    const t = gatedTasks(sem, 3);
    await settle();
    assert.deepEqual(t.started, [0]);
    assert.deepEqual(sem.load, { active: 1, waiting: 2 });
    t.releases[0]!();
    await settle();
    assert.deepEqual(t.started, [0, 1]);
    t.releases[1]!();
    await settle();
    t.releases[2]!();
    assert.deepEqual(await Promise.all(t.done), [0, 1, 2]);
    assert.equal(t.maxInside(), 1);
    assert.deepEqual(sem.load, { active: 0, waiting: 0 });
  });

  it('frees the slot when the work throws', async () => {
    const sem = new Semaphore(1);
    await assert.rejects(sem.run(() => Promise.reject(new Error('boom'))), /boom/);
    assert.equal(await sem.run(() => Promise.resolve('next')), 'next');
    assert.deepEqual(sem.load, { active: 0, waiting: 0 });
  });

  it('lets `limit` run side by side', async () => {
    const sem = new Semaphore(2);
    const t = gatedTasks(sem, 3);
    await settle();
    assert.deepEqual(t.started, [0, 1]);
    t.releases[0]!();
    await settle();
    t.releases[1]!();
    await settle();
    t.releases[2]!();
    await Promise.all(t.done);
    assert.equal(t.maxInside(), 2);
  });
});
