#!/usr/bin/env node
// Draws the add-in's ribbon and store icons (a balance on a green tile) as PNGs into assets/.
// Run again after changing the drawing: node scripts/make-icons.js
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel((x + 0.5) / size, (y + 0.5) / size);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const green = [16, 124, 65, 255];
const white = [255, 255, 255, 255];
const clear = [0, 0, 0, 0];

function balance(x, y) {
  const r = 0.18; // rounded corners of the tile
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return clear;
  const post = Math.abs(x - 0.5) < 0.05 && y > 0.22 && y < 0.8;
  const base = Math.abs(x - 0.5) < 0.22 && y > 0.76 && y < 0.82;
  const beam = x > 0.16 && x < 0.84 && y > 0.26 && y < 0.32;
  const pan = (px) => Math.abs(x - px) < 0.14 && y > 0.5 && y < 0.58 && y - 0.5 < 0.08 - Math.abs(x - px) * 0.3;
  const string = (px) => Math.abs(Math.abs(x - px) - (y - 0.3) * 0.5) < 0.025 && y > 0.3 && y < 0.52;
  return post || base || beam || pan(0.27) || pan(0.73) || string(0.27) || string(0.73) ? white : green;
}

for (const size of [16, 32, 64, 80, 128]) {
  fs.writeFileSync(path.join(__dirname, "..", "assets", `icon-${size}.png`), png(size, balance));
}
