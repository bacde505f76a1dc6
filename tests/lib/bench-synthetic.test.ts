import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticContent } from '../../scripts/dev/bench/synthetic.ts';
import { checkContent, formatProblems } from '../../src/features/check/index.ts';
import { FIXTURE } from '../helpers/fixture-copy.ts';
import { DEFAULT_LIST_LENGTH } from '../../src/core/lists.ts';
import { tempDir } from '../helpers/temp-dir.ts';

// The benchmark builds what staff would publish, so its content must pass the same check a
// real deployment does; otherwise `npm run bench` stops at the check and times nothing.
describe('benchmark content', () => {
  it('passes the content check', () => {
    const root = tempDir('synthetic');
    writeSyntheticContent({ fixture: FIXTURE, target: join(root, 'content'), tasks: 24, updatesPerTask: 10, places: 60 });
    const result = checkContent({ projectRoot: root, contentDir: 'content', asOf: '2026-01-15' });
    expect(formatProblems(result.problems)).toBe('');
    // Lists of the default length, as a real deployment's, not the fixture's one row a page.
    expect(result.site?.listLength).toBe(DEFAULT_LIST_LENGTH);
    expect(result.input.tasks).toHaveLength(24);
    expect(result.input.updates.filter((update) => update.data.task.startsWith('synthetic/'))).toHaveLength(240);
    expect(result.input.places.filter((place) => place.data.name.startsWith('合成'))).toHaveLength(60);
  });
});
