import { chromium } from 'playwright-core';
const [base, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
for (const [i, spec] of paths.entries()) {
  const [p, w, scroll] = spec.split('|');
  const page = await browser.newPage({ viewport: { width: Number(w ?? 390), height: 844 } });
  await page.goto(`${base}${p}`);
  await page.waitForTimeout(2500);
  if (scroll) await page.evaluate((s) => document.querySelector(s)?.scrollIntoView(), scroll);
  await page.screenshot({ path: `/tmp/ns-${i}.png` });
  await page.close();
}
await browser.close();
