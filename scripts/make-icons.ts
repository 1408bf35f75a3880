/**
 * Renders build/icon.svg to the app icons electron-builder uses, with the system Chromium
 * (playwright-core, never a downloaded browser):
 * - build/icons/<n>x<n>.png for Linux, build/icon.png (1024 px),
 * - build/icon.ico (16–256 px PNG entries) for Windows, build/icon.icns (PNG entries) for macOS.
 * Usage: `tsx scripts/make-icons.ts` (CHROME_PATH overrides the browser).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const BUILD = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'build');
/** Sizes written as PNG. */
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** ICNS entry types holding PNG data, by pixel size. */
const ICNS_TYPES: [string, number][] = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
];

/** An ICO file whose entries are PNG images (Windows Vista and later). */
export function encodeIco(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const e = Buffer.alloc(16);
    e.writeUInt8(size >= 256 ? 0 : size, 0);
    e.writeUInt8(size >= 256 ? 0 : size, 1);
    e.writeUInt16LE(1, 4);
    e.writeUInt16LE(32, 6);
    e.writeUInt32LE(png.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += png.length;
    return e;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

/** An ICNS file with PNG entries. */
export function encodeIcns(entries: { type: string; png: Buffer }[]): Buffer {
  const blocks = entries.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const total = 8 + blocks.reduce((n, b) => n + b.length, 0);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(total, 4);
  return Buffer.concat([head, ...blocks]);
}

async function render(svg: string): Promise<Map<number, Buffer>> {
  const browser = await chromium.launch({ executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  const pngs = new Map<number, Buffer>();
  try {
    for (const size of PNG_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      const html = `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg style="display:block;width:${size}px;height:${size}px" `)}</body></html>`;
      await page.setContent(html);
      pngs.set(size, await page.screenshot({ omitBackground: true, type: 'png' }));
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return pngs;
}

async function main(): Promise<void> {
  const pngs = await render(readFileSync(path.join(BUILD, 'icon.svg'), 'utf8'));
  const png = (n: number): Buffer => pngs.get(n)!;
  mkdirSync(path.join(BUILD, 'icons'), { recursive: true });
  for (const size of PNG_SIZES) writeFileSync(path.join(BUILD, 'icons', `${size}x${size}.png`), png(size));
  writeFileSync(path.join(BUILD, 'icon.png'), png(1024));
  writeFileSync(path.join(BUILD, 'icon.ico'), encodeIco(ICO_SIZES.map((size) => ({ size, png: png(size) }))));
  writeFileSync(path.join(BUILD, 'icon.icns'), encodeIcns(ICNS_TYPES.map(([type, size]) => ({ type, png: png(size) }))));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
