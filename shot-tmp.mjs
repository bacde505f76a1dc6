import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const shots = process.argv.slice(2);
for (const spec of shots) {
  const [path, name, width = '1100', sel] = spec.split('|');
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  const requests = [];
  page.on('request', (r) => { if (!r.url().startsWith('http://localhost:4321')) requests.push(r.url()); });
  await page.goto('http://localhost:4321' + path, { waitUntil: 'networkidle' });
  if (sel) await page.locator(sel).first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: !sel });
  if (requests.length) console.log('OTHER HOSTS', path, requests);
  await page.close();
}
await browser.close();
