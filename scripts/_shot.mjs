import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
const msgs = [];
ctx.on('console', m => msgs.push(m.type()+': '+m.text()));
ctx.on('weberror', e => msgs.push('pageerror: '+e.error().message));
const page = await ctx.newPage();
page.on('requestfailed', r => msgs.push('failed: '+r.url().slice(0,80)));
await page.goto('file://' + process.argv[2]);
await page.waitForSelector('html[data-immunodeck-ready]');
const n = await page.evaluate(() => window.immunodeck.deck.getTotalSlides());
console.log('slides', n);
for (const i of (process.argv[3]||'0').split(',').map(Number)) { await page.evaluate(i => window.immunodeck.deck.slide(i), i); await page.waitForTimeout(900); await page.screenshot({ path: `/tmp/slide-${i}.png` }); }
// speaker view
const [popup] = await Promise.all([ctx.waitForEvent('page'), page.keyboard.press('s')]);
await popup.waitForTimeout(1500);
await popup.screenshot({ path: '/tmp/speaker.png' });
console.log('speaker notes text:', (await popup.locator('.speaker-controls-notes .value').innerText()).slice(0,100));
console.log(msgs.join('\n'));
await browser.close();
