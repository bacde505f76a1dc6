import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { z } from 'astro/zod';
import { copyFixture, write } from '../helpers/fixture-copy.ts';

// A fourteenth collection, added to the registry and nowhere else: monitoring stations that
// name their county and their operating unit. Every consumer of the registry sees it.
function mockRegistry(): void {
  vi.doMock('../../src/schemas/collections.ts', async (importOriginal) => {
    const registry = await importOriginal<typeof import('../../src/schemas/collections.ts')>();
    const { z } = await import('astro/zod');
    const { ref } = await import('../../src/schemas/ref.ts');
    const stationSchema = z.strictObject({ name: z.string().min(1), jurisdiction: ref('jurisdictions'), operator: ref('units') });
    const COLLECTIONS = {
      ...registry.COLLECTIONS,
      stations: { folder: 'stations', pattern: '**/*.{yaml,yml}', schema: stationSchema, label: '监测站', noun: 'station', titleField: 'name' },
    };
    return { ...registry, COLLECTIONS, COLLECTION_NAMES: Object.keys(COLLECTIONS) };
  });
  // Astro's virtual module, as far as src/content.config.ts uses it.
  vi.doMock('astro:content', () => ({ defineCollection: (config: unknown) => config }));
}

// Unit tests share their workers' modules (vitest.unit.config.ts: isolate false), so another
// file may have loaded the real registry and its consumers already: the mock starts from a clean
// set of modules and the consumers are loaded after it; afterwards the next file in this worker
// gets the real registry again.
let checkContent: typeof import('../../src/features/check/index.ts').checkContent;
let readLedgerInput: typeof import('../../src/core/ledger.ts').readLedgerInput;
let cmsConfig: typeof import('../../src/features/cms/config.ts').cmsConfig;
beforeAll(async () => {
  vi.resetModules();
  mockRegistry();
  ({ checkContent } = await import('../../src/features/check/index.ts'));
  ({ readLedgerInput } = await import('../../src/core/ledger.ts'));
  ({ cmsConfig } = await import('../../src/features/cms/config.ts'));
});
afterAll(() => {
  vi.doUnmock('../../src/schemas/collections.ts');
  vi.doUnmock('astro:content');
  vi.resetModules();
});

describe('a collection added to the registry and nowhere else', () => {
  it('is read, checked and handed to the ledger by the content check, its references checked by the one walker', () => {
    const { root, content } = copyFixture();
    mkdirSync(join(content, 'stations'));
    write(content, 'stations/north.yaml', 'name: 北站\njurisdiction: county-b\noperator: ecology\n');
    write(content, 'stations/south.yaml', 'name: 南站\njurisdiction: county-c\noperator: ecology\n');
    const result = checkContent({ projectRoot: root, contentDir: 'content' });
    expect(result.problems).toMatchObject([{ file: 'content/stations/south.yaml', line: 2, field: 'jurisdiction' }]);
    expect(result.problems[0]!.zh).toBe(
      '找不到编号为“county-c”的行政区划。是否想写“county-b”？编号就是 content/jurisdictions/ 下的文件路径（不含扩展名）；如果是新的行政区划，请先在 content/jurisdictions/ 下建立它。',
    );
    expect((result.input as unknown as Record<string, { id: string }[]>).stations!.map((entry) => entry.id)).toEqual(['north', 'south']);
  });

  it('is read by the build into the ledger input', async () => {
    const asked: string[] = [];
    const input = await readLedgerInput(async (name) => {
      asked.push(name);
      return name === ('stations' as string) ? [{ id: 'north', data: { name: '北站' }, extra: true } as never] : [];
    });
    expect(asked).toContain('stations');
    expect((input as unknown as Record<string, unknown>).stations).toEqual([{ id: 'north', data: { name: '北站' } }]);
  });

  it('is declared to Astro as a collection with its schema', async () => {
    const { collections } = await import('../../src/content.config.ts');
    const stations = (collections as unknown as Record<string, { schema: z.ZodType }>).stations;
    expect(stations?.schema.safeParse({ name: '北站', jurisdiction: 'county-b', operator: 'ecology' }).success).toBe(true);
  });

  it('gets a collection in the web editor, listed by its title field', () => {
    const config = cmsConfig({ cms: { backend: 'github', repo: 'example/ledger', branch: 'main' }, folders: {} });
    expect(config.collections.find((collection) => collection.name === 'stations')).toMatchObject({ label: '监测站', folder: 'content/stations', identifier_field: 'name' });
  });
});
