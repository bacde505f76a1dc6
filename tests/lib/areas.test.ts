import { describe, expect, it } from 'vitest';
import { areasInFull, areasOf, isArea } from '../../src/core/areas.ts';
import { countyListPage, filterForm, siteMenu, unitListPage } from '../../src/features/views/index.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { buildLedger } from '../../src/core/ledger.ts';
import { CITY, inputOf, task, unit } from '../helpers/ledger-builder.ts';

// A county-level city read by its townships and subdistricts, with one county-level unit above them.
const raw = {
  jurisdictions: [
    { id: CITY, name: '示例县级市', kind: 'county-level-city' },
    { id: 'town-a', name: '甲镇', kind: 'township', parent: CITY, code: '990101001' },
    { id: 'street-b', name: '乙街道', kind: 'subdistrict', parent: CITY, code: '990101002' },
  ],
  units: [unit({ id: 'demo/office', name: '示例局', kind: 'office' }), unit({ id: 'town-a-gov', name: '甲镇党委和人民政府', kind: 'party-and-government', jurisdiction: 'town-a' })],
  tasks: [task({ responsibleUnits: ['town-a-gov'] })],
};

describe('the areas a deployment is read by', () => {
  it('are a prefecture-level city’s counties, districts, county-level cities, zones and 市本级 unless site.yaml says otherwise', () => {
    const areas = areasOf();
    expect([areas.label, areas.short, [...areas.kinds]]).toEqual(['县（区）', '县区', ['county', 'district', 'county-level-city', 'functional-zone', 'city-level']]);
    // The zones and 市本级 are named only when the content has some.
    const withZone = buildLedger(inputOf({ jurisdictions: [{ id: CITY, name: '示例市', kind: 'city' }, { id: 'zone', name: '示例经开区', kind: 'functional-zone', parent: CITY }, { id: 'city-level', name: '市本级', kind: 'city-level', parent: CITY }] }), '2025-06-15');
    expect(areasInFull(withZone)).toBe('县（区）、功能区和市本级');
    expect(areasInFull(buildLedger(inputOf({}), '2025-06-15'))).toBe('县（区）');
    expect(siteSchema.shape.areas.parse({})).toEqual({ label: '县（区）', kinds: ['county', 'district', 'county-level-city', 'functional-zone', 'city-level'] });
  });

  it('are a county-level city’s townships and subdistricts when site.yaml names them, in its own word on every page', () => {
    const areas = areasOf(siteSchema.shape.areas.parse({ label: '乡镇（街道）', kinds: ['township', 'subdistrict'] }));
    const ledger = buildLedger(inputOf(raw), '2025-06-15', undefined, areas);
    expect([...ledger.jurisdictions.values()].filter((entry) => isArea(ledger, entry)).map((entry) => entry.id)).toEqual(['town-a', 'street-b']);
    expect(areasInFull(ledger)).toBe('乡镇（街道）');
    expect(siteMenu(ledger).map((item) => item.label)).toContain('乡镇街道');
    expect(filterForm(ledger).find((field) => field.dimension === 'county')?.label).toBe('乡镇（街道）');
    expect(countyListPage(ledger).map(({ area }) => area.id)).toEqual(['town-a', 'street-b']);
    // A 街道 has an 办事处, not a government.
    expect(unitListPage(ledger).map((group) => group.heading)).toContain('乡镇（街道）党政机关');
    // Read as a prefecture-level city, the same content has no area but the city itself.
    const asCity = buildLedger(inputOf(raw), '2025-06-15');
    expect([...asCity.jurisdictions.values()].filter((entry) => isArea(asCity, entry)).map((entry) => entry.id)).toEqual([CITY]);
  });

  it('refuses a kind of area that is not a kind of jurisdiction, and an empty list', () => {
    expect(siteSchema.shape.areas.safeParse({ kinds: ['town'] }).success).toBe(false);
    expect(siteSchema.shape.areas.safeParse({ kinds: [] }).success).toBe(false);
  });
});
