/**
 * Contact sheet of a PDF: every page rendered with pdftoppm (poppler-utils) at a low resolution and
 * tiled into one PNG, to look at a whole leaflet or handout at once.
 *   npx tsx scripts/contact-sheet.ts <file.pdf> <out.png> [dpi=40] [columns=4]
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

interface Image {
  width: number;
  height: number;
  data: Buffer;
}

function renderPages(file: string, dpi: number): Image[] {
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1] ?? 0);
  const out: Image[] = [];
  for (let p = 1; p <= pages; p++) {
    const r = spawnSync('pdftoppm', ['-r', String(dpi), '-f', String(p), '-l', String(p), file], { maxBuffer: 256 << 20 });
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(r.stdout.subarray(0, 40).toString('latin1'))!;
    out.push({ width: Number(header[1]), height: Number(header[2]), data: r.stdout.subarray(header[0].length) });
  }
  return out;
}

function tile(images: Image[], columns: number, gap = 8): Image {
  const cw = Math.max(...images.map((i) => i.width));
  const ch = Math.max(...images.map((i) => i.height));
  const rows = Math.ceil(images.length / columns);
  const width = columns * cw + (columns + 1) * gap;
  const height = rows * ch + (rows + 1) * gap;
  const data = Buffer.alloc(width * height * 3, 0x88);
  images.forEach((img, k) => {
    const x0 = gap + (k % columns) * (cw + gap);
    const y0 = gap + Math.floor(k / columns) * (ch + gap);
    for (let y = 0; y < img.height; y++) img.data.copy(data, ((y0 + y) * width + x0) * 3, y * img.width * 3, (y + 1) * img.width * 3);
  });
  return { width, height, data };
}

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, body: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(body.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(img: Image): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(img.width, 0);
  ihdr.writeUInt32BE(img.height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc((img.width * 3 + 1) * img.height);
  for (let y = 0; y < img.height; y++) img.data.copy(rows, y * (img.width * 3 + 1) + 1, y * img.width * 3, (y + 1) * img.width * 3);
  const sig = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

const [file, outFile, dpi = '40', columns = '4'] = process.argv.slice(2);
if (!file || !outFile) {
  console.error('usage: tsx scripts/contact-sheet.ts <file.pdf> <out.png> [dpi] [columns]');
  process.exit(2);
}
writeFileSync(outFile, png(tile(renderPages(file, Number(dpi)), Number(columns))));
console.log(outFile);
