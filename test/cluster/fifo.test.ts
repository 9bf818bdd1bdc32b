import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Fifo } from '../../src/cluster/fifo.js';

type Op = { readonly push: number } | 'shift' | 'peek';

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.integer({ min: 0, max: 99 }).map((push) => ({ push })),
  fc.constant<Op>('shift'),
  fc.constant<Op>('peek'),
);

describe('Fifo', () => {
  it('behaves as an array used as a queue, however often the consumed head is cut off', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), fc.array(op, { maxLength: 200 }), (compactAfter, ops) => {
        const queue = new Fifo<number>(compactAfter);
        const model: number[] = [];
        for (const o of ops) {
          if (o === 'shift') expect(queue.shift()).toBe(model.shift());
          else if (o === 'peek') expect(queue.peek()).toBe(model[0]);
          else {
            queue.push(o.push);
            model.push(o.push);
          }
          expect(queue.size).toBe(model.length);
        }
        const rest: (number | undefined)[] = [];
        while (queue.size > 0) rest.push(queue.shift());
        expect(rest).toEqual(model);
      }),
    );
  });

  it('keeps order over many rounds of the default compaction, and is empty at the end', () => {
    const queue = new Fifo<string>();
    const out: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      queue.push(`a${String(i)}`);
      if (i % 3 !== 0) out.push(queue.shift() ?? 'none');
    }
    while (queue.size > 0) out.push(queue.shift() ?? 'none');
    expect(out).toEqual(Array.from({ length: 10_000 }, (_, i) => `a${String(i)}`));
    expect(queue.shift()).toBeUndefined();
    expect(queue.peek()).toBeUndefined();
  });

  it('an item that is itself undefined is told apart from an empty queue by size', () => {
    const queue = new Fifo<number | undefined>(0);
    queue.push(undefined);
    queue.push(1);
    expect(queue.size).toBe(2);
    expect(queue.shift()).toBeUndefined();
    expect(queue.size).toBe(1);
    expect(queue.peek()).toBe(1);
  });
});
