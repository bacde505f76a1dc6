import { describe, expect, it } from 'vitest';
import { entryById, groupOnce, itemsWith } from '../../src/core/lookup.ts';

describe('lookups built once per list', () => {
  const places = [
    { id: 'a', task: 't1' },
    { id: 'b', task: 't2' },
    { id: 'c', task: 't1' },
  ];

  it('groups in list order and finds nothing for an unknown key', () => {
    expect(itemsWith(places, 'task', (place) => place.task, 't1').map((place) => place.id)).toEqual(['a', 'c']);
    expect(itemsWith(places, 'task', (place) => place.task, 't9')).toEqual([]);
    expect(entryById(places, 'b')).toBe(places[1]);
    expect(entryById(places, 'z')).toBeUndefined();
  });

  it('builds a grouping once per list and name, and separately for another list', () => {
    let calls = 0;
    const byTask = (place: { task: string }) => (calls++, place.task);
    const first = groupOnce(places, 'counted', byTask);
    expect(groupOnce(places, 'counted', byTask)).toBe(first);
    expect(calls).toBe(3);
    const other = [{ id: 'd', task: 't1' }];
    expect(itemsWith(other, 'counted', byTask, 't1')).toEqual(other);
    expect(calls).toBe(4);
  });
});
