import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLogOf, SITES } from '../helpers/sites.ts';

describe('what a build prints for staff', () => {
  it('says nothing about collections a deployment does not use', () => {
    // The fixture has no indicators and Bazhong no cases or news: neither build warns about them.
    for (const site of [SITES.fixture, SITES.bazhong]) {
      const output = readFileSync(buildLogOf(site.outDir), 'utf8');
      expect(output).toContain('内容检查通过');
      expect(output).not.toMatch(/does not exist or is empty/);
    }
  });

  it('publishes nothing of Bazhong’s on another city’s site, and warns of nothing', () => {
    // The fixture is another (made-up) city: a deployment that replaced content/ and nothing else.
    const { outDir } = SITES.fixture;
    const log = readFileSync(buildLogOf(outDir), 'utf8');
    // Its address is one set aside for examples (ledger.example.test): the one notice it gets, by design.
    expect(log).toContain('提醒：content/site.yaml 的 url 是示例地址（https://ledger.example.test/sub/）');
    const others = log.split('\n').filter((line) => !/示例地址|is a placeholder/.test(line));
    expect(others.join('\n')).not.toMatch(/\[WARN\]|warning/i);
    const text = /\.(html|xml|json|csv|txt|svg|geojson|js|css|md|yml|webmanifest)$/;
    const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' });
    expect(files.length).toBeGreaterThan(100);
    const bazhong = files.filter((file) => /bazhong|巴中/i.test(file) || (text.test(file) && /bazhong|巴中|巴州区|通江|南江|平昌|恩阳/i.test(readFileSync(join(outDir, file), 'utf8'))));
    expect(bazhong).toEqual([]);
  });
});
