/**
 * Renders the demo illustrations used by the seed: one flat-style plate seen from above per dish
 * (src/seed/images/<dish slug>.jpg), plus hero.jpg, about.jpg and team.jpg.
 * Everything is drawn as SVG and rasterised with sharp; output is deterministic for a given slug.
 *
 *   npx tsx scripts/generate-seed-images.ts
 */
import { mkdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import sharp from 'sharp'

import { dishes } from '../src/seed/data/menu'
import type { SeedDish } from '../src/seed/data/types'

const W = 1200
const H = 800
const CX = 600
const CY = 400
const OUT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/seed/images')

// ——— Randomness, deterministic from a string ———

type Rng = () => number

function hashString(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

function makeRng(seed: string): Rng {
  let a = hashString(seed)
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const between = (rng: Rng, a: number, b: number): number => a + (b - a) * rng()
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T
const r1 = (n: number): number => Math.round(n * 10) / 10

/** A point uniformly spread in a disc of radius r around (cx, cy). */
function inDisc(rng: Rng, cx: number, cy: number, r: number): [number, number] {
  const a = rng() * Math.PI * 2
  const d = Math.sqrt(rng()) * r
  return [cx + Math.cos(a) * d, cy + Math.sin(a) * d]
}

// ——— Colours ———

function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.replace('#', ''), 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}

function rgbToHex([r, g, b]: [number, number, number]): string {
  const c = (v: number) => Math.max(0, Math.min(255, Math.round(v))).toString(16).padStart(2, '0')
  return `#${c(r)}${c(g)}${c(b)}`
}

/** amount > 0 lightens towards white, < 0 darkens towards black. */
function shade(hex: string, amount: number): string {
  const [r, g, b] = hexToRgb(hex)
  const t = amount < 0 ? 0 : 255
  const k = Math.abs(amount)
  return rgbToHex([r + (t - r) * k, g + (t - g) * k, b + (t - b) * k])
}

/** A small deterministic variation of a colour (mostly lightness, a touch of hue), so two dishes never look identical. */
function jitter(rng: Rng, hex: string, amount = 0.08): string {
  const [r, g, b] = hexToRgb(hex)
  const l = (rng() * 2 - 1) * 255 * amount
  const d = () => (rng() * 2 - 1) * 255 * amount * 0.2
  return rgbToHex([r + l + d(), g + l + d(), b + l + d()])
}

// ——— SVG primitives ———

const circle = (cx: number, cy: number, r: number, fill: string, extra = ''): string =>
  `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(r)}" fill="${fill}" ${extra}/>`

const ellipse = (cx: number, cy: number, rx: number, ry: number, rot: number, fill: string, extra = ''): string =>
  `<ellipse cx="${r1(cx)}" cy="${r1(cy)}" rx="${r1(rx)}" ry="${r1(ry)}" transform="rotate(${r1(rot)} ${r1(cx)} ${r1(cy)})" fill="${fill}" ${extra}/>`

const rect = (
  x: number,
  y: number,
  w: number,
  h: number,
  rx: number,
  fill: string,
  rot = 0,
  extra = '',
): string =>
  `<rect x="${r1(x)}" y="${r1(y)}" width="${r1(w)}" height="${r1(h)}" rx="${r1(rx)}" fill="${fill}" transform="rotate(${r1(rot)} ${r1(x + w / 2)} ${r1(y + h / 2)})" ${extra}/>`

/** A centred rounded bar of length l and thickness t, rotated by rot degrees around its centre. */
const bar = (cx: number, cy: number, l: number, t: number, rot: number, fill: string, extra = ''): string =>
  rect(cx - l / 2, cy - t / 2, l, t, t / 2, fill, rot, extra)

const pathEl = (d: string, fill: string, extra = ''): string => `<path d="${d}" fill="${fill}" ${extra}/>`

const group = (content: string, extra = ''): string => `<g ${extra}>${content}</g>`

/** A smooth irregular closed shape around (cx, cy): the basic "food" shape. */
function blob(
  rng: Rng,
  cx: number,
  cy: number,
  rx: number,
  ry = rx,
  rot = 0,
  irregularity = 0.14,
  points = 9,
): string {
  const pts: [number, number][] = []
  const cos = Math.cos((rot * Math.PI) / 180)
  const sin = Math.sin((rot * Math.PI) / 180)
  const phase = rng() * Math.PI * 2
  for (let i = 0; i < points; i++) {
    const a = phase + (i / points) * Math.PI * 2
    const k = 1 + (rng() * 2 - 1) * irregularity
    const x = Math.cos(a) * rx * k
    const y = Math.sin(a) * ry * k
    pts.push([cx + x * cos - y * sin, cy + x * sin + y * cos])
  }
  const at = (i: number) => pts[(i + points) % points] as [number, number]
  let d = `M${r1(at(0)[0])},${r1(at(0)[1])}`
  for (let i = 0; i < points; i++) {
    const p0 = at(i - 1)
    const p1 = at(i)
    const p2 = at(i + 1)
    const p3 = at(i + 2)
    const c1 = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6]
    const c2 = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6]
    d += `C${r1(c1[0]!)},${r1(c1[1]!)} ${r1(c2[0]!)},${r1(c2[1]!)} ${r1(p2[0])},${r1(p2[1])}`
  }
  return `${d}Z`
}

/** A leaf: two arcs between a base and a tip, plus a midrib. */
function leaf(cx: number, cy: number, length: number, width: number, rot: number, fill: string, vein?: string): string {
  const h = length / 2
  const d = `M${-h},0 Q0,${-width} ${h},0 Q0,${width} ${-h},0Z`
  const rib = vein ? `<path d="M${-h * 0.85},0 L${h * 0.8},0" stroke="${vein}" stroke-width="2" fill="none" opacity="0.6"/>` : ''
  return `<g transform="translate(${r1(cx)} ${r1(cy)}) rotate(${r1(rot)})"><path d="${d}" fill="${fill}"/>${rib}</g>`
}

/** Many tiny marks (herbs, seeds, pepper) scattered in a disc. */
function sprinkle(
  rng: Rng,
  cx: number,
  cy: number,
  r: number,
  count: number,
  colours: readonly string[],
  size: [number, number] = [3, 6],
  elongated = false,
): string {
  let out = ''
  for (let i = 0; i < count; i++) {
    const [x, y] = inDisc(rng, cx, cy, r)
    const s = between(rng, size[0], size[1])
    const c = pick(rng, colours)
    out += elongated ? bar(x, y, s * 3, s, rng() * 180, c) : circle(x, y, s, c)
  }
  return out
}

const DEFS = `
<defs>
  <filter id="plateShadow" x="-30%" y="-30%" width="160%" height="160%">
    <feDropShadow dx="10" dy="18" stdDeviation="16" flood-color="#000" flood-opacity="0.28"/>
  </filter>
  <filter id="ds" x="-30%" y="-30%" width="160%" height="160%">
    <feDropShadow dx="3" dy="5" stdDeviation="4" flood-color="#2a1a10" flood-opacity="0.25"/>
  </filter>
  <filter id="soft" x="-20%" y="-20%" width="140%" height="140%">
    <feGaussianBlur stdDeviation="3"/>
  </filter>
  <filter id="glow" x="-50%" y="-50%" width="200%" height="200%">
    <feGaussianBlur stdDeviation="30"/>
  </filter>
  <radialGradient id="vignette" cx="50%" cy="50%" r="75%">
    <stop offset="55%" stop-color="#000" stop-opacity="0"/>
    <stop offset="100%" stop-color="#000" stop-opacity="0.35"/>
  </radialGradient>
  <radialGradient id="sheen" cx="35%" cy="30%" r="70%">
    <stop offset="0%" stop-color="#fff" stop-opacity="0.35"/>
    <stop offset="100%" stop-color="#fff" stop-opacity="0"/>
  </radialGradient>
</defs>`

const svgDoc = (body: string, extraDefs = ''): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${DEFS}${extraDefs}${body}</svg>`

// ——— Backgrounds ———

type Background = 'gingham-red' | 'gingham-blue' | 'linen' | 'linen-blue' | 'oak' | 'walnut' | 'marble' | 'zinc'

function woodBackground(rng: Rng, base: string): string {
  let out = ''
  const plankH = H / 5
  for (let i = 0; i < 5; i++) {
    const y = i * plankH
    const c = jitter(rng, base, 0.05)
    out += `<rect x="0" y="${y}" width="${W}" height="${plankH}" fill="${c}"/>`
    for (let j = 0; j < 7; j++) {
      const gy = y + between(rng, 10, plankH - 10)
      const a = between(rng, -10, 10)
      const b = between(rng, -10, 10)
      out += `<path d="M0,${r1(gy)} C${r1(W * 0.3)},${r1(gy + a)} ${r1(W * 0.6)},${r1(gy + b)} ${W},${r1(gy + a / 2)}" stroke="${shade(c, -0.25)}" stroke-width="${r1(between(rng, 1.5, 4))}" fill="none" opacity="0.35"/>`
    }
    if (rng() < 0.5) {
      const kx = between(rng, 60, W - 60)
      const ky = y + plankH / 2
      out += ellipse(kx, ky, 22, 9, 0, 'none', `stroke="${shade(c, -0.3)}" stroke-width="3" opacity="0.5"`)
      out += ellipse(kx, ky, 9, 4, 0, shade(c, -0.3), 'opacity="0.5"')
    }
    out += `<rect x="0" y="${r1(y + plankH - 2)}" width="${W}" height="4" fill="${shade(base, -0.45)}" opacity="0.7"/>`
  }
  return out
}

function gingham(colour: string): string {
  const pattern = `<defs><pattern id="gingham" width="80" height="80" patternUnits="userSpaceOnUse">
    <rect width="80" height="80" fill="#f8f4ec"/>
    <rect width="40" height="80" fill="${colour}" opacity="0.5"/>
    <rect width="80" height="40" fill="${colour}" opacity="0.5"/>
  </pattern></defs>`
  return `${pattern}<rect width="${W}" height="${H}" fill="url(#gingham)"/>`
}

function marble(rng: Rng): string {
  let out = `<rect width="${W}" height="${H}" fill="#eeebe5"/>`
  for (let i = 0; i < 6; i++) {
    const x0 = between(rng, -100, W)
    const d = `M${r1(x0)},-20 C${r1(x0 + between(rng, -200, 200))},${H * 0.3} ${r1(x0 + between(rng, -300, 300))},${H * 0.6} ${r1(x0 + between(rng, -200, 400))},${H + 20}`
    out += `<path d="${d}" stroke="#bdb6ab" stroke-width="${r1(between(rng, 1.5, 5))}" fill="none" opacity="0.45" filter="url(#soft)"/>`
  }
  return out
}

function zinc(rng: Rng): string {
  let out = `<defs><linearGradient id="zincGrad" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="#9ea6ac"/><stop offset="0.45" stop-color="#c8cdd0"/><stop offset="1" stop-color="#8f979d"/>
  </linearGradient></defs><rect width="${W}" height="${H}" fill="url(#zincGrad)"/>`
  for (let i = 0; i < 14; i++) {
    const y = between(rng, 0, H)
    out += `<rect x="0" y="${r1(y)}" width="${W}" height="${r1(between(rng, 1, 3))}" fill="#fff" opacity="0.12"/>`
  }
  // the rounded front lip of the counter
  out += `<rect x="0" y="${H - 70}" width="${W}" height="70" fill="#7c858b"/><rect x="0" y="${H - 70}" width="${W}" height="10" fill="#d9dde0" opacity="0.6"/>`
  return out
}

function background(rng: Rng, bg: Background): string {
  switch (bg) {
    case 'gingham-red':
      return gingham('#b8323a')
    case 'gingham-blue':
      return gingham('#2f5d8c')
    case 'linen':
      return `<rect width="${W}" height="${H}" fill="#e9dfcd"/>`
    case 'linen-blue':
      return `<rect width="${W}" height="${H}" fill="#d6e0e6"/>`
    case 'oak':
      return woodBackground(rng, '#b88a58')
    case 'walnut':
      return woodBackground(rng, '#7a5335')
    case 'marble':
      return marble(rng)
    case 'zinc':
      return zinc(rng)
  }
}

// ——— Table setting ———

function cutlery(rng: Rng): string {
  const steel = '#c9cdd1'
  const dark = '#8d949a'
  const fx = between(rng, 170, 200)
  const kx = W - between(rng, 170, 200)
  const fork = `<g filter="url(#ds)">
    ${rect(fx - 9, 430, 18, 270, 9, steel)}
    ${rect(fx - 22, 250, 44, 190, 12, steel)}
    ${[0, 1, 2].map((i) => rect(fx - 16 + i * 13 + 4, 200, 5, 120, 2.5, shade(steel, -0.05))).join('')}
    ${rect(fx - 22, 300, 44, 6, 3, dark, 0, 'opacity="0.3"')}
  </g>`
  const knife = `<g filter="url(#ds)">
    ${rect(kx - 11, 440, 22, 260, 10, '#3b2a20')}
    ${pathEl(`M${kx - 12},440 L${kx - 12},200 Q${kx + 14},230 ${kx + 12},440Z`, steel)}
    ${rect(kx - 12, 430, 24, 14, 3, dark)}
  </g>`
  return fork + knife
}

function napkin(rng: Rng, colour: string): string {
  const x = between(rng, 40, 90)
  return `<g filter="url(#ds)" transform="rotate(${r1(between(rng, -8, 8))} ${x + 80} 520)">
    ${rect(x, 380, 170, 300, 6, colour)}
    ${rect(x, 380, 170, 300, 6, 'none', 0, `stroke="${shade(colour, -0.2)}" stroke-width="4" stroke-dasharray="2 10"`)}
  </g>`
}

type PlateStyle = 'white' | 'band' | 'cream'

function plate(style: PlateStyle, r = 300): string {
  const body = style === 'cream' ? '#f6efe0' : '#fdfcf8'
  let out = circle(CX, CY, r, body, 'filter="url(#plateShadow)"')
  out += circle(CX, CY, r, 'none', 'stroke="#e2ddd2" stroke-width="2"')
  out += circle(CX, CY, r * 0.76, shade(body, -0.03), `stroke="${shade(body, -0.08)}" stroke-width="3"`)
  if (style === 'band') {
    out += circle(CX, CY, r * 0.94, 'none', 'stroke="#2c4a7a" stroke-width="4"')
    out += circle(CX, CY, r * 0.91, 'none', 'stroke="#2c4a7a" stroke-width="1.5"')
  }
  out += circle(CX, CY, r, 'url(#sheen)')
  return out
}

function bowl(colour: string, rimR = 235, liquidR = 190, liquid = '#fff'): string {
  return (
    plate('white', 300) +
    circle(CX, CY, rimR, colour, 'filter="url(#ds)"') +
    circle(CX, CY, rimR - 14, shade(colour, -0.12)) +
    circle(CX, CY, liquidR, liquid)
  )
}

// ——— Compositions (one per kind of dish) ———

type Kind =
  | 'eggs'
  | 'leeks'
  | 'terrine'
  | 'onion-soup'
  | 'veloute'
  | 'oysters'
  | 'snails'
  | 'stew'
  | 'steak-fries'
  | 'duck'
  | 'blanquette'
  | 'fish'
  | 'roast-veg'
  | 'gnocchi'
  | 'cheese-board'
  | 'cheese-slices'
  | 'baked-cheese'
  | 'goat-toast'
  | 'cheese-wedge'
  | 'mousse'
  | 'tart'
  | 'floating-island'
  | 'baba'
  | 'pear'
  | 'rice-pudding'
  | 'wine-red'
  | 'wine-white'
  | 'wine-rose'
  | 'cider'
  | 'lemonade'
  | 'generic'

const KIND_BY_SLUG: Record<string, Kind> = {
  'oeuf-mayonnaise': 'eggs',
  'poireaux-vinaigrette': 'leeks',
  'terrine-de-campagne': 'terrine',
  'soupe-a-l-oignon': 'onion-soup',
  'veloute-de-potimarron': 'veloute',
  'huitres-marennes-oleron': 'oysters',
  'escargots-de-bourgogne': 'snails',
  'boeuf-bourguignon': 'stew',
  'onglet-frites-bearnaise': 'steak-fries',
  'confit-de-canard': 'duck',
  'blanquette-de-veau': 'blanquette',
  'lieu-jaune-beurre-blanc': 'fish',
  'legumes-rotis-lentilles': 'roast-veg',
  'gnocchis-a-la-parisienne': 'gnocchi',
  'assiette-de-fromages': 'cheese-board',
  'comte-24-mois': 'cheese-slices',
  'saint-marcellin-roti': 'baked-cheese',
  'crottin-de-chavignol-chaud': 'goat-toast',
  'brie-de-meaux': 'cheese-wedge',
  'mousse-au-chocolat': 'mousse',
  'tarte-tatin': 'tart',
  'ile-flottante': 'floating-island',
  'baba-au-rhum': 'baba',
  'poire-pochee-vin-rouge': 'pear',
  'riz-au-lait': 'rice-pudding',
  'gamay-nature': 'wine-red',
  'chenin-de-loire': 'wine-white',
  'petillant-naturel-rose': 'wine-rose',
  'cidre-fermier': 'cider',
  'citronnade-maison': 'lemonade',
}

/** Colour hints by category, used for garnish and for dishes without a dedicated drawing. */
const CATEGORY_PALETTE: Record<string, readonly string[]> = {
  entrees: ['#6f9a3e', '#9bbf5a', '#d8c27a', '#c65a3a', '#4f7a2e'],
  plats: ['#6b3320', '#8a4a2b', '#b0773f', '#d9a35a', '#4f6b2e'],
  fromages: ['#f3e3b0', '#e8c66a', '#fbf5e6', '#c9a24a', '#7a8f4a'],
  desserts: ['#4a2a1a', '#c7782a', '#f5dc8a', '#b8324a', '#fbf3dc'],
  boissons: ['#6b1a2a', '#e8d07a', '#f0a0a0', '#e0a33a', '#f3eeb0'],
}

const GREENS = ['#5f8f34', '#7ba843', '#4c7a2a', '#93b85a']
const HERBS = ['#3f7a2a', '#5a9a3a', '#2f6222']

function herbs(rng: Rng, cx = CX, cy = CY, r = 200, count = 40): string {
  return sprinkle(rng, cx, cy, r, count, HERBS, [2.5, 4], true)
}

function salad(rng: Rng, cx: number, cy: number, r: number, n = 9, colours: readonly string[] = GREENS): string {
  let out = ''
  for (let i = 0; i < n; i++) {
    const [x, y] = inDisc(rng, cx, cy, r)
    out += leaf(x, y, between(rng, 70, 110), between(rng, 30, 45), rng() * 360, jitter(rng, pick(rng, colours), 0.05), '#e9f0cf')
  }
  return out
}

function eggs(rng: Rng): string {
  let out = salad(rng, CX, CY, 120, 8)
  const n = 3
  for (let i = 0; i < n; i++) {
    const a = (i / n) * Math.PI * 2 + rng()
    const x = CX + Math.cos(a) * 95
    const y = CY + Math.sin(a) * 95
    const rot = between(rng, 0, 180)
    out += group(
      ellipse(x, y, 78, 58, rot, '#fbfaf4') +
        circle(x + between(rng, -8, 8), y + between(rng, -8, 8), 30, '#f0a23a') +
        pathEl(blob(rng, x, y, 62, 46, rot, 0.18), '#f3e5a4', 'opacity="0.95"'),
      'filter="url(#ds)"',
    )
  }
  return out + herbs(rng, CX, CY, 190, 45) + sprinkle(rng, CX, CY, 180, 20, ['#3a2a20'], [1.5, 2.5])
}

function leeks(rng: Rng): string {
  const rot = between(rng, -30, -10)
  let out = ''
  for (let i = 0; i < 5; i++) {
    const off = (i - 2) * 46
    const rad = (rot * Math.PI) / 180
    const x = CX - Math.sin(rad) * off
    const y = CY + Math.cos(rad) * off
    const id = `leek${i}`
    out += `<defs><linearGradient id="${id}" x1="0" x2="1" y1="0" y2="0"><stop offset="0" stop-color="#f4f1dc"/><stop offset="0.55" stop-color="#d9e3a4"/><stop offset="1" stop-color="#7fa443"/></linearGradient></defs>`
    out += bar(x, y, between(rng, 330, 370), 40, rot, `url(#${id})`, 'filter="url(#ds)"')
  }
  out += sprinkle(rng, CX, CY, 170, 40, ['#d9b64a', '#c99a2a'], [2, 4])
  out += sprinkle(rng, CX, CY, 150, 14, ['#9a6a3a', '#b5844a', '#7a4e2a'], [6, 10])
  return out + herbs(rng, CX, CY, 170, 25)
}

function terrine(rng: Rng): string {
  let out = ''
  for (let i = 0; i < 2; i++) {
    const x = CX - 60 + i * 60
    const y = CY - 20 + i * 25
    const rot = between(rng, -18, -8)
    out += group(
      rect(x - 110, y - 65, 220, 130, 8, '#7a4432', rot) +
        rect(x - 100, y - 55, 200, 110, 6, '#b97a68', rot) +
        sprinkle(rng, x, y, 60, 14, ['#e9cdbd', '#8f5040', '#6a8a3a'], [3, 7]),
      'filter="url(#ds)"',
    )
  }
  out += group(pathEl(blob(rng, CX + 140, CY + 150, 75, 50, 15, 0.1), '#c99a5a') + pathEl(blob(rng, CX + 140, CY + 150, 60, 38, 15, 0.12), '#e8cd9a'), 'filter="url(#ds)"')
  for (let i = 0; i < 4; i++) out += ellipse(CX - 150 + i * 28, CY + 130 + between(rng, -10, 10), 28, 11, between(rng, -40, 40), jitter(rng, '#5b7a2a'), 'filter="url(#ds)"')
  out += circle(CX + 150, CY - 130, 38, '#c9a23a', 'filter="url(#ds)"') + sprinkle(rng, CX + 150, CY - 130, 30, 30, ['#8a6a1a', '#e2c05a'], [1.5, 3])
  return out
}

function onionSoup(rng: Rng): string {
  let out = bowl('#6b3d2a', 240, 200, '#d9a556')
  for (let i = 0; i < 14; i++) {
    const [x, y] = inDisc(rng, CX, CY, 150)
    out += pathEl(blob(rng, x, y, between(rng, 15, 40), between(rng, 12, 30), rng() * 180, 0.3), pick(rng, ['#a8672e', '#c07f3a', '#8a4e20']), 'opacity="0.85"')
  }
  return out + sprinkle(rng, CX, CY, 170, 40, ['#f2d08a', '#fff2c0'], [2, 5])
}

function veloute(rng: Rng): string {
  let out = bowl('#f4efe4', 240, 200, jitter(rng, '#e8842c', 0.04))
  out += `<path d="M${CX - 110},${CY + 20} C${CX - 60},${CY - 80} ${CX + 60},${CY - 80} ${CX + 100},${CY}" stroke="#9aa52a" stroke-width="7" fill="none" opacity="0.8" stroke-linecap="round"/>`
  out += `<path d="M${CX + 30},${CY + 40} m-6,0 a6,6 0 1,1 12,0 a14,14 0 1,1 -26,4 a24,24 0 1,1 44,-6" stroke="#fbf1de" stroke-width="6" fill="none" stroke-linecap="round" opacity="0.9"/>`
  for (let i = 0; i < 18; i++) {
    const [x, y] = inDisc(rng, CX + 10, CY + 10, 110)
    out += ellipse(x, y, 11, 6, rng() * 180, pick(rng, ['#5c7a3a', '#6f8a42', '#4a6a2a']))
  }
  return out
}

function oysters(rng: Rng): string {
  let out = circle(CX, CY, 300, '#b8c4ca', 'filter="url(#plateShadow)"') + circle(CX, CY, 285, '#e9f1f5')
  out += sprinkle(rng, CX, CY, 265, 40, ['#ffffff', '#dbe7ee'], [8, 16])
  for (let i = 0; i < 6; i++) {
    const a = (i / 6) * Math.PI * 2 + 0.3
    const x = CX + Math.cos(a) * 185
    const y = CY + Math.sin(a) * 185
    const rot = (a * 180) / Math.PI + between(rng, -15, 15)
    out += group(
      pathEl(blob(rng, x, y, 82, 58, rot, 0.12, 11), jitter(rng, '#8a8276')) +
        pathEl(blob(rng, x, y, 64, 44, rot, 0.1), '#e4ddcc') +
        pathEl(blob(rng, x, y, 50, 32, rot, 0.15), '#c3bca4') +
        pathEl(blob(rng, x - 5, y - 5, 32, 20, rot, 0.2), '#d8d2bc'),
      'filter="url(#ds)"',
    )
  }
  out += group(circle(CX, CY, 58, '#fbfaf6') + circle(CX, CY, 46, '#6b2737') + sprinkle(rng, CX, CY, 38, 14, ['#d7a8b4', '#8a3a4a'], [2, 4]), 'filter="url(#ds)"')
  out += group(pathEl(`M${CX + 40},${CY + 60} a50,50 0 0,0 100,0Z`, '#f2d23a') + pathEl(`M${CX + 52},${CY + 60} a38,38 0 0,0 76,0Z`, '#f8e98a'), 'filter="url(#ds)"')
  return out
}

function snails(rng: Rng): string {
  let out = plate('white') + circle(CX, CY, 215, '#d9d3c7')
  for (let i = 0; i < 6; i++) {
    const a = (i / 6) * Math.PI * 2
    const x = CX + Math.cos(a) * 130
    const y = CY + Math.sin(a) * 130
    out += circle(x, y, 58, '#bfb7a8')
    out += circle(x, y, 50, '#7fa33a')
    out += group(
      circle(x, y, 36, jitter(rng, '#9a6a3a')) +
        `<path d="M${x},${y} m0,-4 a4,4 0 1,1 -1,0 a10,10 0 1,0 12,8 a18,18 0 1,0 -22,-20 a28,28 0 1,0 40,12" stroke="#5a3a1e" stroke-width="3" fill="none" transform="rotate(${r1(rng() * 360)} ${r1(x)} ${r1(y)})"/>`,
      'filter="url(#ds)"',
    )
    out += sprinkle(rng, x, y, 48, 10, ['#4c7a22', '#b5d35a'], [2, 4])
  }
  out += circle(CX, CY, 50, '#7fa33a') + sprinkle(rng, CX, CY, 42, 20, ['#4c7a22', '#b5d35a', '#f2e6a0'], [2, 4])
  return out
}

function stew(rng: Rng): string {
  let out = pathEl(blob(rng, CX - 40, CY + 10, 200, 170, 0, 0.1), jitter(rng, '#5a2418', 0.03))
  out += group(pathEl(blob(rng, CX + 120, CY - 90, 95, 80, 0, 0.14), '#efe2b8') + `<path d="M${CX + 80},${CY - 100} q40,-30 80,0" stroke="#d8c48c" stroke-width="5" fill="none"/>`, 'filter="url(#ds)"')
  for (let i = 0; i < 8; i++) {
    const [x, y] = inDisc(rng, CX - 70, CY + 40, 120)
    out += group(pathEl(blob(rng, x, y, between(rng, 28, 42), between(rng, 22, 34), rng() * 180, 0.2), jitter(rng, '#7a3b26', 0.05)), 'filter="url(#ds)"')
  }
  for (let i = 0; i < 5; i++) {
    const [x, y] = inDisc(rng, CX - 60, CY + 30, 140)
    out += ellipse(x, y, 20, 15, rng() * 180, '#c9a27a', 'filter="url(#ds)"')
  }
  for (let i = 0; i < 5; i++) {
    const [x, y] = inDisc(rng, CX - 60, CY + 30, 140)
    out += circle(x, y, 13, '#f0e6d8', 'filter="url(#ds)"')
  }
  for (let i = 0; i < 6; i++) {
    const [x, y] = inDisc(rng, CX - 60, CY + 30, 140)
    out += circle(x, y, 11, '#e07a2a') + circle(x, y, 5, '#f0a25a')
  }
  out += sprinkle(rng, CX - 60, CY + 30, 130, 12, ['#8a4020'], [3, 8])
  return out + herbs(rng, CX - 40, CY, 180, 35)
}

function steakFries(rng: Rng): string {
  const sx = CX - 90
  const sy = CY - 60
  const steak = blob(rng, sx, sy, 150, 85, -20, 0.1, 10)
  let out = `<defs><clipPath id="steakClip"><path d="${steak}"/></clipPath></defs>`
  out += group(pathEl(steak, jitter(rng, '#6e3222', 0.03)), 'filter="url(#ds)"')
  out += group([0, 1, 2, 3].map((i) => bar(sx - 90 + i * 60, sy, 260, 10, 45, '#3a1a10', 'opacity="0.75"')).join(''), 'clip-path="url(#steakClip)"')
  out += sprinkle(rng, sx, sy, 80, 25, ['#1e120c', '#f2e6d0'], [1.5, 3])
  for (let i = 0; i < 34; i++) {
    const [x, y] = inDisc(rng, CX + 80, CY + 100, 105)
    out += bar(x, y, between(rng, 70, 110), 16, rng() * 180, jitter(rng, '#e8b64a', 0.06), `stroke="${'#c98f2a'}" stroke-width="1.5" filter="url(#ds)"`)
  }
  out += group(circle(CX + 150, CY - 120, 52, '#f4f1ea') + circle(CX + 150, CY - 120, 42, '#f1d36b') + sprinkle(rng, CX + 150, CY - 120, 36, 25, ['#4c7a2a', '#6a9a3a'], [1.5, 3]), 'filter="url(#ds)"')
  return out
}

function duck(rng: Rng): string {
  let out = ''
  for (let i = 0; i < 14; i++) {
    const [x, y] = inDisc(rng, CX + 70, CY + 90, 100)
    out += group(circle(x, y, between(rng, 24, 32), '#c98f3a') + circle(x, y, between(rng, 16, 22), '#e9c270'), 'filter="url(#ds)"')
  }
  out += herbs(rng, CX + 70, CY + 90, 110, 30)
  out += salad(rng, CX + 120, CY - 110, 55, 9, ['#c8d65a', '#b5c94a', '#dfe58a'])
  out += group(
    pathEl(blob(rng, CX - 80, CY - 20, 140, 95, 30, 0.12, 10), jitter(rng, '#b5692e', 0.04)) +
      pathEl(blob(rng, CX - 90, CY - 30, 100, 60, 30, 0.2), '#c98544', 'opacity="0.8"') +
      bar(CX - 200, CY - 110, 90, 22, 30, '#efe4cf'),
    'filter="url(#ds)"',
  )
  return out + sprinkle(rng, CX - 80, CY - 20, 90, 18, ['#e9b466', '#8a4a1e'], [2, 5])
}

function blanquette(rng: Rng): string {
  let out = group(pathEl(blob(rng, CX + 120, CY - 60, 100, 85, 0, 0.1), '#f7f3ea'), 'filter="url(#ds)"')
  out += sprinkle(rng, CX + 120, CY - 60, 80, 70, ['#e8e1d0', '#fffdf6'], [3, 5], true)
  out += pathEl(blob(rng, CX - 60, CY + 40, 180, 150, 0, 0.1), '#f1e6c8')
  for (let i = 0; i < 7; i++) {
    const [x, y] = inDisc(rng, CX - 60, CY + 40, 110)
    out += group(pathEl(blob(rng, x, y, 34, 27, rng() * 180, 0.18), jitter(rng, '#e2cfac', 0.04)), 'filter="url(#ds)"')
  }
  for (let i = 0; i < 6; i++) {
    const [x, y] = inDisc(rng, CX - 60, CY + 40, 120)
    out += ellipse(x, y, 18, 14, rng() * 180, '#d6c4a2', 'filter="url(#ds)"')
  }
  for (let i = 0; i < 7; i++) {
    const [x, y] = inDisc(rng, CX - 60, CY + 40, 120)
    out += circle(x, y, 12, '#e8832e') + circle(x, y, 5, '#f4a860')
  }
  return out + herbs(rng, CX - 60, CY + 40, 140, 25)
}

function fish(rng: Rng): string {
  let out = pathEl(blob(rng, CX, CY + 10, 210, 150, 0, 0.08), '#f6eecf', 'opacity="0.95"')
  out += pathEl(blob(rng, CX, CY + 20, 150, 90, -10, 0.12), '#c9d98a')
  out += sprinkle(rng, CX, CY + 20, 120, 30, ['#b3c76a', '#e2ebb0', '#9ab55a'], [6, 12], true)
  const rot = between(rng, -18, -6)
  out += group(
    rect(CX - 170, CY - 70, 340, 120, 55, jitter(rng, '#c48a4a', 0.04), rot) +
      rect(CX - 150, CY - 55, 300, 90, 45, '#d9a562', rot, 'opacity="0.8"') +
      [0, 1, 2, 3, 4].map((i) => bar(CX - 110 + i * 55, CY - 10, 70, 5, rot + 70, '#a8662a', 'opacity="0.5"')).join(''),
    'filter="url(#ds)"',
  )
  return out + herbs(rng, CX, CY + 10, 200, 35)
}

function roastVeg(rng: Rng): string {
  let out = pathEl(blob(rng, CX, CY, 200, 170, 0, 0.08), '#5b5a32')
  out += sprinkle(rng, CX, CY, 190, 260, ['#4f5a34', '#6b6a3a', '#3d4526', '#7a7444'], [4, 6])
  for (let i = 0; i < 6; i++) {
    const [x, y] = inDisc(rng, CX, CY, 130)
    out += group(rect(x - 28, y - 24, 56, 48, 14, '#e3cf9f', rng() * 90) + rect(x - 28, y - 24, 56, 18, 10, '#c99b52', rng() * 90, 'opacity="0.6"'), 'filter="url(#ds)"')
  }
  for (let i = 0; i < 5; i++) {
    const [x, y] = inDisc(rng, CX, CY, 140)
    out += bar(x, y, 110, 26, rng() * 180, pick(rng, ['#e0782a', '#f0b23a', '#7a2a5a']), 'filter="url(#ds)"')
  }
  for (let i = 0; i < 5; i++) {
    const [x, y] = inDisc(rng, CX, CY, 140)
    out += pathEl(blob(rng, x, y, 30, 26, 0, 0.2), '#7a1f3d', 'filter="url(#ds)"')
  }
  out += sprinkle(rng, CX, CY, 170, 30, ['#d9402a', '#e8603a'], [4, 7])
  return out + herbs(rng, CX, CY, 180, 50)
}

function gnocchi(rng: Rng): string {
  let out = sprinkle(rng, CX, CY, 170, 10, ['#b07a2e'], [20, 35]).replace(/fill=/g, 'opacity="0.35" fill=')
  for (let i = 0; i < 16; i++) {
    const [x, y] = inDisc(rng, CX, CY, 150)
    const rot = rng() * 180
    out += group(ellipse(x, y, 34, 22, rot, '#e8c27a') + ellipse(x + 5, y + 4, 22, 12, rot, '#c98f3a', 'opacity="0.7"'), 'filter="url(#ds)"')
  }
  for (let i = 0; i < 12; i++) {
    const [x, y] = inDisc(rng, CX, CY, 160)
    out += rect(x - 14, y - 14, 28, 28, 5, jitter(rng, '#e8883a', 0.05), rng() * 90, 'filter="url(#ds)"')
  }
  for (let i = 0; i < 7; i++) {
    const [x, y] = inDisc(rng, CX, CY, 150)
    out += leaf(x, y, 60, 24, rng() * 360, '#7f9a6a', '#b9c9a8')
  }
  return out + sprinkle(rng, CX, CY, 180, 20, ['#3a2a20'], [1.5, 2.5])
}

function cheeseWedgeShape(
  rng: Rng,
  x: number,
  y: number,
  size: number,
  rot: number,
  paste: string,
  rind: string,
): string {
  const d = `M0,0 L${size},${-size * 0.32} Q${size * 1.08},0 ${size},${size * 0.32}Z`
  const inner = `M${size * 0.06},0 L${size * 0.94},${-size * 0.27} Q${size * 1.0},0 ${size * 0.94},${size * 0.27}Z`
  void rng
  return `<g transform="translate(${r1(x)} ${r1(y)}) rotate(${r1(rot)})" filter="url(#ds)"><path d="${d}" fill="${rind}"/><path d="${inner}" fill="${paste}"/></g>`
}

function breadSlice(rng: Rng, x: number, y: number, rot: number, crumb = '#e8cd9a', crust = '#a8703a'): string {
  const b = blob(rng, x, y, 70, 48, rot, 0.1)
  return group(pathEl(b, crust) + pathEl(blob(rng, x, y, 58, 38, rot, 0.1), crumb) + sprinkle(rng, x, y, 40, 12, [shade(crumb, -0.1)], [2, 4]), 'filter="url(#ds)"')
}

function cheeseBoard(rng: Rng): string {
  let out = group(rect(260, 150, 680, 500, 24, '#2f3236'), 'filter="url(#plateShadow)"')
  out += rect(260, 150, 680, 500, 24, 'none', 0, 'stroke="#45494e" stroke-width="6"')
  out += cheeseWedgeShape(rng, 310, 250, 250, between(rng, -4, 8), '#f3e3b0', '#fbf7ec')
  out += cheeseWedgeShape(rng, 900, 420, 230, between(rng, 185, 200), '#e8c66a', '#b88a3a')
  out += group(circle(560, 500, 80, '#f6f1e2') + circle(560, 500, 66, '#ede4cc') + sprinkle(rng, 560, 500, 60, 20, ['#d9cfb4'], [2, 4]), 'filter="url(#ds)"')
  out += breadSlice(rng, 370, 540, between(rng, -20, 20), '#a8805a', '#5a3a22') + sprinkle(rng, 370, 540, 40, 6, ['#6a4428'], [5, 8])
  for (let i = 0; i < 8; i++) out += circle(820 + between(rng, -40, 40), 220 + between(rng, -30, 30), 18, jitter(rng, '#6a2a4a'), 'filter="url(#ds)"')
  for (let i = 0; i < 5; i++) out += pathEl(blob(rng, 760 + between(rng, -40, 40), 580 + between(rng, -12, 12), 18, 14, 0, 0.3), '#8a6a3a', 'filter="url(#ds)"')
  return out
}

function cheeseSlices(rng: Rng): string {
  let out = plate('band')
  for (let i = 0; i < 5; i++) {
    const a = -0.7 + i * 0.35
    out += cheeseWedgeShape(rng, CX - 180 + i * 12, CY - 40 + i * 28, 260, (a * 180) / Math.PI / 3, '#f0d27a', '#a8783a')
  }
  out += group(circle(CX + 150, CY - 100, 62, '#fbfaf6') + circle(CX + 150, CY - 100, 50, '#4a0f1f') + circle(CX + 135, CY - 115, 12, '#8a2a3f', 'opacity="0.7"'), 'filter="url(#ds)"')
  for (let i = 0; i < 4; i++) out += circle(CX + 110 + i * 22, CY + 120 + between(rng, -8, 8), 14, '#3a0a18', 'filter="url(#ds)"')
  return out
}

function bakedCheese(rng: Rng): string {
  let out = plate('white')
  out += group(circle(CX - 40, CY - 10, 150, '#b5562e') + circle(CX - 40, CY - 10, 130, '#8a3e1e'), 'filter="url(#ds)"')
  out += pathEl(blob(rng, CX - 40, CY - 10, 110, 105, 0, 0.08), '#f3e4b8')
  out += pathEl(blob(rng, CX - 50, CY - 20, 80, 70, 0, 0.15), '#e9cf8a', 'opacity="0.7"')
  out += `<path d="M${CX - 120},${CY - 30} C${CX - 60},${CY - 80} ${CX - 20},${CY + 40} ${CX + 40},${CY - 20}" stroke="#d99a2b" stroke-width="8" fill="none" stroke-linecap="round" opacity="0.85"/>`
  out += sprinkle(rng, CX - 40, CY - 10, 100, 30, ['#4a6a2a', '#6a8a3a'], [2, 3], true)
  for (let i = 0; i < 4; i++) out += rect(CX + 130, CY - 130 + i * 62, 130, 44, 8, jitter(rng, '#d8a865', 0.05), between(rng, -8, 8), 'filter="url(#ds)" stroke="#a8703a" stroke-width="4"')
  return out
}

function goatToast(rng: Rng): string {
  let out = salad(rng, CX, CY, 170, 16, ['#5f8f34', '#7ba843', '#7a2f3a', '#93b85a', '#a8c86a'])
  out += group(rect(CX - 110, CY - 80, 220, 150, 22, '#a8703a', between(rng, -10, 10)) + rect(CX - 96, CY - 66, 192, 122, 16, '#e0b878', between(rng, -10, 10)), 'filter="url(#ds)"')
  out += group(circle(CX, CY - 5, 70, '#f7f0dc') + pathEl(blob(rng, CX, CY - 5, 52, 48, 0, 0.2), '#e3b86a', 'opacity="0.8"'), 'filter="url(#ds)"')
  out += sprinkle(rng, CX, CY - 5, 45, 15, ['#c9893a', '#fbf3dc'], [2, 5])
  out += sprinkle(rng, CX, CY, 220, 30, ['#d9b64a'], [2, 4])
  return out
}

function cheeseWedge(rng: Rng): string {
  let out = salad(rng, CX + 110, CY + 70, 80, 10, ['#6f9a3e', '#9bbf5a', '#4f7a2e', '#7a2f3a'])
  out += cheeseWedgeShape(rng, CX - 220, CY - 30, 330, between(rng, -12, 4), '#f5ead0', '#fbf8f0')
  out += `<path d="M${CX - 200},${CY - 40} l280,-80" stroke="#e9dcb8" stroke-width="4" opacity="0.6"/>`
  for (let i = 0; i < 6; i++) out += pathEl(blob(rng, CX + 140 + between(rng, -40, 40), CY - 120 + between(rng, -30, 30), 18, 13, 0, 0.3), '#8a6a3a', 'filter="url(#ds)"')
  return out + sprinkle(rng, CX + 60, CY + 40, 160, 20, ['#fbfaf6'], [1.5, 3])
}

function mousse(rng: Rng): string {
  let out = plate('white') + circle(CX, CY, 215, '#fbfaf6', 'filter="url(#ds)"') + circle(CX, CY, 200, '#4a2a1a')
  // soft ladled peaks: darker hollows, lighter crests
  for (let i = 0; i < 6; i++) {
    const [x, y] = inDisc(rng, CX, CY, 110)
    out += pathEl(blob(rng, x + 8, y + 10, between(rng, 45, 70), between(rng, 30, 50), rng() * 180, 0.25), '#33190c', 'opacity="0.55" filter="url(#soft)"')
    out += pathEl(blob(rng, x - 6, y - 8, between(rng, 30, 50), between(rng, 20, 35), rng() * 180, 0.25), '#7a4a2e', 'opacity="0.6" filter="url(#soft)"')
  }
  out += sprinkle(rng, CX, CY, 150, 35, ['#fdfcf8', '#e8e4dc'], [1.5, 3])
  return out
}

function tart(rng: Rng): string {
  let out = plate('white')
  const a0 = between(rng, -60, -30)
  const R = 270
  const wedge = (r: number) => {
    const a1 = ((a0 - 32) * Math.PI) / 180
    const a2 = ((a0 + 32) * Math.PI) / 180
    const ox = CX - 150
    const oy = CY + 110
    return `M${ox},${oy} L${r1(ox + Math.cos(a1) * r)},${r1(oy + Math.sin(a1) * r)} A${r},${r} 0 0,1 ${r1(ox + Math.cos(a2) * r)},${r1(oy + Math.sin(a2) * r)}Z`
  }
  out += group(pathEl(wedge(R), '#d9a05a') + pathEl(wedge(R - 16), '#b5651d'), 'filter="url(#ds)"')
  for (let i = 0; i < 4; i++) {
    const r = 70 + i * 48
    const a1 = ((a0 - 28) * Math.PI) / 180
    const a2 = ((a0 + 28) * Math.PI) / 180
    const ox = CX - 150
    const oy = CY + 110
    out += `<path d="M${r1(ox + Math.cos(a1) * r)},${r1(oy + Math.sin(a1) * r)} A${r},${r} 0 0,1 ${r1(ox + Math.cos(a2) * r)},${r1(oy + Math.sin(a2) * r)}" stroke="#8a4512" stroke-width="5" fill="none" opacity="0.55"/>`
  }
  out += group(ellipse(CX + 150, CY + 110, 70, 42, between(rng, -30, 30), '#fbf3dc') + `<path d="M${CX + 100},${CY + 110} q50,-20 100,0" stroke="#efe2bf" stroke-width="5" fill="none"/>`, 'filter="url(#ds)"')
  return out + sprinkle(rng, CX, CY, 200, 12, ['#b5651d'], [3, 6])
}

function floatingIsland(rng: Rng): string {
  let out = plate('white') + circle(CX, CY, 215, '#fbfaf6', 'filter="url(#ds)"') + circle(CX, CY, 200, '#f5dc8a')
  out += sprinkle(rng, CX, CY, 190, 25, ['#2a1a10'], [1.5, 2.5])
  out += group(pathEl(blob(rng, CX, CY, 120, 110, 0, 0.1, 10), '#fffdf7') + pathEl(blob(rng, CX - 20, CY - 25, 70, 60, 0, 0.15), '#ffffff'), 'filter="url(#ds)"')
  for (let i = 0; i < 4; i++) {
    out += `<path d="M${r1(CX - 110 + between(rng, -10, 10))},${r1(CY - 60 + i * 40)} C${r1(CX - 40)},${r1(CY - 100 + i * 40)} ${r1(CX + 40)},${r1(CY - 20 + i * 40)} ${r1(CX + 110)},${r1(CY - 70 + i * 40)}" stroke="#c7782a" stroke-width="4" fill="none" opacity="0.9"/>`
  }
  return out + sprinkle(rng, CX, CY, 100, 30, ['#e27a9a', '#d9506e', '#f2a8bc'], [3, 6])
}

function baba(rng: Rng): string {
  let out = plate('cream') + pathEl(blob(rng, CX, CY, 190, 170, 0, 0.08), '#d9a54a', 'opacity="0.55"')
  out += group(circle(CX - 40, CY + 10, 115, '#b36f2a') + circle(CX - 40, CY + 10, 95, '#c98a3a') + circle(CX - 40, CY + 10, 40, '#9a5a20') + circle(CX - 70, CY - 25, 30, '#e0a85a', 'opacity="0.6"'), 'filter="url(#ds)"')
  out += group(pathEl(blob(rng, CX + 140, CY - 70, 70, 55, 20, 0.15, 8), '#fffdf7') + `<path d="M${CX + 100},${CY - 80} q40,-30 80,10 M${CX + 110},${CY - 55} q30,-20 60,5" stroke="#ece6d6" stroke-width="5" fill="none"/>`, 'filter="url(#ds)"')
  return out + sprinkle(rng, CX + 140, CY - 70, 40, 10, ['#1e120c'], [1.5, 2.5])
}

function pear(rng: Rng): string {
  let out = plate('white') + pathEl(blob(rng, CX, CY, 190, 160, 0, 0.1), '#5a1226', 'opacity="0.85"')
  out += group(pathEl(`M${CX - 60},${CY - 130} C${CX + 10},${CY - 140} ${CX + 10},${CY - 60} ${CX + 40},${CY - 10} C${CX + 90},${CY + 60} ${CX + 30},${CY + 150} ${CX - 60},${CY + 140} C${CX - 150},${CY + 130} ${CX - 170},${CY + 40} ${CX - 110},${CY - 10} C${CX - 80},${CY - 50} ${CX - 110},${CY - 120} ${CX - 60},${CY - 130}Z`, jitter(rng, '#7a1f38', 0.03)) + ellipse(CX - 80, CY + 50, 40, 60, 10, '#a33a56', 'opacity="0.5"') + bar(CX - 62, CY - 150, 40, 8, 80, '#4a2a14'), 'filter="url(#ds)"')
  out += group(pathEl(blob(rng, CX + 150, CY - 60, 60, 55, 0, 0.12), '#3d1030') + sprinkle(rng, CX + 150, CY - 60, 45, 20, ['#5a1a48', '#2a0820'], [2, 5]), 'filter="url(#ds)"')
  const star = Array.from({ length: 8 }, (_, i) => {
    const a = (i / 8) * Math.PI * 2
    const r = i % 2 === 0 ? 34 : 12
    return `${r1(CX + 140 + Math.cos(a) * r)},${r1(CY + 110 + Math.sin(a) * r)}`
  }).join(' ')
  out += `<polygon points="${star}" fill="#5a3218" filter="url(#ds)"/>`
  out += bar(CX + 20, CY + 200, 140, 20, -10, '#8a5a30', 'filter="url(#ds)"')
  return out
}

function ricePudding(rng: Rng): string {
  let out = bowl('#e9e2d2', 240, 200, '#f6efdc')
  out += sprinkle(rng, CX, CY, 185, 180, ['#ece2c8', '#fffaf0', '#e4d7b4'], [2.5, 4], true)
  out += sprinkle(rng, CX, CY, 120, 8, ['#b86a1e'], [5, 9])
  for (let i = 0; i < 3; i++) {
    const y = CY - 90 + i * 70 + between(rng, -10, 10)
    out += `<path d="M${r1(CX - 140)},${r1(y + 30)} C${r1(CX - 60)},${r1(y - 30)} ${r1(CX + 40)},${r1(y + 50)} ${r1(CX + 140)},${r1(y - 10)}" stroke="#b86a1e" stroke-width="${r1(between(rng, 5, 9))}" fill="none" stroke-linecap="round" opacity="0.85"/>`
  }
  return out + sprinkle(rng, CX, CY, 160, 20, ['#2a1a10'], [1.5, 2.5])
}

function wineGlass(rng: Rng, liquid: string, bubbles = false): string {
  const x = CX - 40
  const y = CY - 10
  let out = circle(x + 20, y + 30, 150, '#000', 'opacity="0.18" filter="url(#glow)"')
  out += circle(x, y, 170, '#ffffff', 'opacity="0.12"') + circle(x, y, 170, 'none', 'stroke="#ffffff" stroke-width="3" opacity="0.55"')
  out += circle(x, y, 125, liquid, 'opacity="0.92"') + circle(x, y, 125, 'none', `stroke="${shade(liquid, -0.2)}" stroke-width="4"`)
  out += pathEl(`M${x - 100},${y - 40} A110,110 0 0,1 ${x + 20},${y - 115}`, 'none', 'stroke="#ffffff" stroke-width="9" opacity="0.45" stroke-linecap="round"')
  if (bubbles) out += sprinkle(rng, x, y, 110, 40, ['#ffffff'], [1.5, 3.5]).replace(/fill=/g, 'opacity="0.6" fill=')
  // a cork and a saucer of olives next to the glass
  const corkRot = between(rng, -35, 35)
  out += group(
    rect(x + 250, y - 180, 100, 40, 6, '#c9a06a', corkRot) +
      sprinkle(rng, x + 300, y - 160, 18, 10, ['#a88450', '#e0c08a'], [1.5, 3]) +
      `<g transform="rotate(${r1(corkRot)} ${x + 300} ${y - 160})">${ellipse(x + 348, y - 160, 7, 20, 0, liquid === '#6b1a2a' ? '#7a2a3a' : '#b08450')}</g>`,
    'filter="url(#ds)"',
  )
  out += group(circle(x + 330, y + 150, 95, '#fbfaf6') + circle(x + 330, y + 150, 78, '#f1ede4'), 'filter="url(#ds)"')
  for (let i = 0; i < 7; i++) {
    const [ox, oy] = inDisc(rng, x + 330, y + 150, 55)
    out += ellipse(ox, oy, 20, 15, rng() * 180, pick(rng, ['#6b7a2a', '#5a6a22', '#3a2a2a']), 'filter="url(#ds)"')
  }
  return out
}

function cider(rng: Rng): string {
  const x = CX - 40
  const y = CY
  let out = group(
    ellipse(x + 170, y, 45, 26, 0, '#e9dcc0') +
      circle(x, y, 175, '#e9dcc0') +
      circle(x, y, 160, '#8a4e2a') +
      circle(x, y, 150, '#e0a33a') +
      circle(x - 40, y - 40, 60, '#f0c060', 'opacity="0.5"'),
    'filter="url(#plateShadow)"',
  )
  out += sprinkle(rng, x, y, 140, 40, ['#fff6d8'], [1.5, 3.5]).replace(/fill=/g, 'opacity="0.7" fill=')
  for (let i = 0; i < 3; i++) {
    const ax = x + 300 + i * 20
    const ay = y - 120 + i * 110
    out += group(pathEl(`M${ax - 60},${ay} a60,60 0 0,1 120,0Z`, '#b8323a') + pathEl(`M${ax - 52},${ay} a52,52 0 0,1 104,0Z`, '#f6ecc8') + circle(ax, ay - 20, 5, '#5a3a1e'), `filter="url(#ds)" transform="rotate(${r1(between(rng, -40, 40))} ${ax} ${ay})"`)
  }
  return out
}

function lemonade(rng: Rng): string {
  const x = CX - 30
  const y = CY
  let out = circle(x + 16, y + 24, 150, '#000', 'opacity="0.2" filter="url(#glow)"')
  out += circle(x, y, 150, '#ffffff', 'opacity="0.25"') + circle(x, y, 150, 'none', 'stroke="#ffffff" stroke-width="5" opacity="0.6"')
  out += circle(x, y, 136, '#f3eeb0', 'opacity="0.9"')
  for (let i = 0; i < 4; i++) {
    const [ix, iy] = inDisc(rng, x, y, 80)
    out += rect(ix - 30, iy - 30, 60, 60, 12, '#ffffff', rng() * 90, 'opacity="0.45" stroke="#ffffff" stroke-width="2"')
  }
  const lx = x + 30
  const ly = y + 30
  out += group(circle(lx, ly, 55, '#f2d23a') + circle(lx, ly, 47, '#f8e98a') + Array.from({ length: 8 }, (_, i) => bar(lx, ly, 86, 3, i * 22.5, '#f2d23a')).join(''), 'filter="url(#ds)"')
  for (let i = 0; i < 4; i++) out += leaf(x - 60 + i * 24, y - 70 + between(rng, -10, 10), 55, 26, rng() * 360, '#4c9a3a', '#a8d88a')
  out += bar(x + 60, y - 80, 220, 14, -35, '#e8e0d0', 'filter="url(#ds)"')
  return out
}

function generic(rng: Rng, category: string): string {
  const palette = CATEGORY_PALETTE[category] ?? CATEGORY_PALETTE.plats ?? ['#8a4a2b']
  let out = ''
  for (let i = 0; i < 7; i++) {
    const [x, y] = inDisc(rng, CX, CY, 120)
    out += group(pathEl(blob(rng, x, y, between(rng, 40, 80), between(rng, 35, 65), rng() * 180, 0.2), jitter(rng, pick(rng, palette), 0.06)), 'filter="url(#ds)"')
  }
  return out + herbs(rng, CX, CY, 170, 30)
}

interface Scene {
  bg: Background
  /** whether the composition brings its own vessel (bowl, board, glass…) instead of a plain plate */
  ownVessel: boolean
  draw: (rng: Rng) => string
}

function sceneFor(dish: SeedDish, rng: Rng): Scene {
  const kind = KIND_BY_SLUG[dish.slug] ?? 'generic'
  const byCategory: Record<string, readonly Background[]> = {
    entrees: ['gingham-red', 'linen', 'oak'],
    plats: ['oak', 'walnut', 'gingham-red'],
    fromages: ['oak', 'walnut'],
    desserts: ['marble', 'linen'],
    boissons: ['zinc'],
  }
  let bg: Background = pick<Background>(rng, byCategory[dish.category] ?? ['linen'])
  const own = (draw: (r: Rng) => string): Scene => ({ bg, ownVessel: true, draw })
  const onPlate = (draw: (r: Rng) => string): Scene => ({ bg, ownVessel: false, draw })
  switch (kind) {
    case 'eggs':
      return onPlate(eggs)
    case 'leeks':
      return onPlate(leeks)
    case 'terrine':
      return onPlate(terrine)
    case 'onion-soup':
      return own(onionSoup)
    case 'veloute':
      return own(veloute)
    case 'oysters':
      bg = 'gingham-blue'
      return own(oysters)
    case 'snails':
      return own(snails)
    case 'stew':
      return onPlate(stew)
    case 'steak-fries':
      return onPlate(steakFries)
    case 'duck':
      return onPlate(duck)
    case 'blanquette':
      return onPlate(blanquette)
    case 'fish':
      bg = 'linen-blue'
      return onPlate(fish)
    case 'roast-veg':
      return onPlate(roastVeg)
    case 'gnocchi':
      return onPlate(gnocchi)
    case 'cheese-board':
      return own(cheeseBoard)
    case 'cheese-slices':
      return own(cheeseSlices)
    case 'baked-cheese':
      return own(bakedCheese)
    case 'goat-toast':
      return onPlate(goatToast)
    case 'cheese-wedge':
      return onPlate(cheeseWedge)
    case 'mousse':
      return own(mousse)
    case 'tart':
      return own(tart)
    case 'floating-island':
      return own(floatingIsland)
    case 'baba':
      return own(baba)
    case 'pear':
      return own(pear)
    case 'rice-pudding':
      return own(ricePudding)
    case 'wine-red':
      return own((r) => wineGlass(r, '#6b1a2a'))
    case 'wine-white':
      return own((r) => wineGlass(r, '#e8d07a'))
    case 'wine-rose':
      return own((r) => wineGlass(r, '#f09a9a', true))
    case 'cider':
      return own(cider)
    case 'lemonade':
      return own(lemonade)
    case 'generic':
      return onPlate((r) => generic(r, dish.category))
  }
}

function dishSvg(dish: SeedDish): string {
  const rng = makeRng(dish.slug)
  const scene = sceneFor(dish, rng)
  let body = background(rng, scene.bg)
  if (scene.bg !== 'zinc') {
    if (scene.bg === 'linen' || scene.bg === 'linen-blue' || rng() < 0.4) body += napkin(rng, scene.bg === 'linen-blue' ? '#f4f1ea' : pick(rng, ['#f4f1ea', '#c9d3c0', '#e0c9a8']))
    body += cutlery(rng)
  }
  if (!scene.ownVessel) body += plate(pick(rng, ['white', 'white', 'band', 'cream'] as const))
  body += scene.draw(rng)
  body += `<rect width="${W}" height="${H}" fill="url(#vignette)"/>`
  return svgDoc(body)
}

// ——— The three scene illustrations ———

function pendantLamp(x: number, cordTop: number, y: number): string {
  return (
    `<rect x="${x - 1.5}" y="${cordTop}" width="3" height="${y - cordTop}" fill="#2a2a2a"/>` +
    circle(x, y + 40, 110, '#ffd98a', 'opacity="0.35" filter="url(#glow)"') +
    pathEl(`M${x - 55},${y + 30} Q${x},${y - 40} ${x + 55},${y + 30}Z`, '#2f4a3a') +
    ellipse(x, y + 30, 55, 9, 0, '#f7d37a')
  )
}

function bottle(x: number, baseY: number, h: number, colour: string, label: string): string {
  const w = h * 0.28
  return (
    rect(x - w / 2, baseY - h * 0.7, w, h * 0.7, w * 0.2, colour) +
    rect(x - w * 0.18, baseY - h, w * 0.36, h * 0.34, w * 0.1, colour) +
    rect(x - w / 2 + 3, baseY - h * 0.5, w - 6, h * 0.22, 2, label) +
    rect(x - w * 0.3, baseY - h * 0.65, w * 0.12, h * 0.5, 3, '#ffffff', 0, 'opacity="0.18"')
  )
}

function heroSvg(): string {
  const rng = makeRng('hero')
  let body = `<defs>
    <linearGradient id="wall" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#2c3d33"/><stop offset="1" stop-color="#3a5244"/></linearGradient>
    <linearGradient id="mirror" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#8fa39a"/><stop offset="0.5" stop-color="#c7d2cb"/><stop offset="1" stop-color="#7f948b"/></linearGradient>
    <linearGradient id="zincTop" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#dfe3e6"/><stop offset="0.5" stop-color="#aab2b8"/><stop offset="1" stop-color="#7d868c"/></linearGradient>
    <linearGradient id="woodFront" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#6b3f24"/><stop offset="1" stop-color="#4a2a16"/></linearGradient>
  </defs>`
  body += `<rect width="${W}" height="${H}" fill="url(#wall)"/>`
  // wainscoting
  body += `<rect x="0" y="430" width="${W}" height="${H - 430}" fill="#5a3520"/>`
  // mirror with gilded frame
  body += rect(90, 70, 520, 300, 10, '#b8913a') + rect(104, 84, 492, 272, 6, 'url(#mirror)')
  body += pathEl('M140,350 L300,90 L360,90 L200,350Z', '#ffffff', 'opacity="0.12"') + pathEl('M250,350 L410,90 L430,90 L270,350Z', '#ffffff', 'opacity="0.1"')
  // shelves of bottles
  for (let s = 0; s < 3; s++) {
    const y = 150 + s * 100
    body += rect(680, y, 460, 10, 2, '#7a4a2a')
    let x = 705
    while (x < 1120) {
      const h = between(rng, 60, 88)
      body += bottle(x, y, h, pick(rng, ['#2f4a2a', '#5a1a24', '#3a2a1a', '#1f3a3a', '#7a6a2a']), pick(rng, ['#efe6d0', '#f4e0a0', '#e8d0c0']))
      x += between(rng, 32, 46)
    }
  }
  // lamps and their glow
  for (const lx of [250, 600, 950]) body += pendantLamp(lx, 0, 40)
  // zinc counter: top and wooden front
  body += pathEl(`M0,520 L${W},520 L${W},585 L0,585Z`, 'url(#zincTop)')
  body += `<rect x="0" y="580" width="${W}" height="10" fill="#5f676d"/>`
  body += `<rect x="0" y="590" width="${W}" height="${H - 590}" fill="url(#woodFront)"/>`
  for (let i = 0; i < 7; i++) body += rect(20 + i * 172, 615, 150, 160, 6, 'none', 0, 'stroke="#3a2212" stroke-width="5" opacity="0.7"')
  // brass foot rail
  body += `<rect x="0" y="752" width="${W}" height="12" fill="#c9a24a"/><rect x="0" y="752" width="${W}" height="4" fill="#f0d58a" opacity="0.7"/>`
  // glasses, a carafe and a plate on the counter
  const glass = (x: number, wine: string) =>
    pathEl(`M${x - 22},440 Q${x - 24},490 ${x},500 Q${x + 24},490 ${x + 22},440Z`, '#ffffff', 'opacity="0.3"') +
    pathEl(`M${x - 19},470 Q${x - 18},492 ${x},497 Q${x + 18},492 ${x + 19},470Z`, wine) +
    rect(x - 2, 498, 4, 30, 2, '#e8eef0', 0, 'opacity="0.6"') +
    ellipse(x, 530, 18, 5, 0, '#e8eef0', 'opacity="0.6"')
  body += glass(340, '#6b1a2a') + glass(400, '#e8d07a') + glass(820, '#6b1a2a')
  // a bistro carafe: narrow neck over a round body
  body +=
    pathEl('M572,405 L598,405 L598,448 C645,462 640,532 585,532 C530,532 525,462 572,448Z', '#ffffff', 'opacity="0.3"') +
    pathEl('M538,485 C532,528 638,528 632,485 C610,478 560,492 538,485Z', '#6b1a2a', 'opacity="0.9"') +
    ellipse(585, 405, 13, 3, 0, '#ffffff', 'opacity="0.5"')
  body += ellipse(980, 535, 90, 16, 0, '#fbfaf6') + ellipse(980, 530, 70, 11, 0, '#f1ede4') + ellipse(965, 522, 30, 12, 0, '#e8b64a') + ellipse(1000, 522, 28, 12, 0, '#6e3222')
  body += `<rect width="${W}" height="${H}" fill="url(#vignette)"/>`
  return svgDoc(body)
}

function aboutSvg(): string {
  const rng = makeRng('about')
  let body = `<defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#a9c4d6"/><stop offset="1" stop-color="#dbe6ea"/></linearGradient>
    <linearGradient id="inside" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#f3c677"/><stop offset="1" stop-color="#c98a3a"/></linearGradient>
  </defs>`
  body += `<rect width="${W}" height="${H}" fill="url(#sky)"/>`
  // Haussmann-style stone facade
  body += rect(40, 0, 1120, 700, 0, '#e6d9bf')
  for (let i = 0; i < 6; i++) body += `<rect x="40" y="${i * 44}" width="1120" height="2" fill="#cdbd9c" opacity="0.6"/>`
  for (let i = 0; i < 5; i++) {
    const x = 110 + i * 210
    body += rect(x, 40, 110, 190, 4, '#3d4a52') + rect(x + 6, 46, 98, 178, 2, '#7c96a4') + `<rect x="${x + 53}" y="46" width="4" height="178" fill="#e6d9bf"/>`
    body += rect(x - 12, 200, 134, 40, 3, 'none', 0, 'stroke="#2a2a2a" stroke-width="4"')
    for (let j = 0; j < 6; j++) body += `<rect x="${x - 8 + j * 24}" y="204" width="3" height="34" fill="#2a2a2a"/>`
  }
  body += `<rect x="40" y="280" width="1120" height="16" fill="#d4c4a4"/>`
  // shopfront
  body += rect(80, 330, 1040, 370, 0, '#2f4a3a')
  body += rect(80, 320, 1040, 40, 0, '#243a2e')
  // striped awning with scalloped edge
  const stripes = Array.from({ length: 26 }, (_, i) => rect(80 + i * 40, 360, 40, 70, 0, i % 2 === 0 ? '#a8262f' : '#f4efe4')).join('')
  body += stripes
  body += Array.from({ length: 26 }, (_, i) => circle(100 + i * 40, 430, 20, i % 2 === 0 ? '#a8262f' : '#f4efe4')).join('')
  // windows with the warm dining room inside
  for (const [x, w] of [
    [120, 380],
    [700, 380],
  ] as const) {
    body += rect(x, 470, w, 210, 4, 'url(#inside)') + rect(x, 470, w, 210, 4, 'none', 0, 'stroke="#1c2e24" stroke-width="10"')
    for (let k = 0; k < 3; k++) body += circle(x + 70 + k * 120, 520, 40, '#fff2c0', 'opacity="0.6" filter="url(#glow)"') + circle(x + 70 + k * 120, 512, 10, '#fff6d8')
    for (let k = 0; k < 3; k++) {
      const hx = x + 60 + k * 125 + between(rng, -10, 10)
      body += circle(hx, 585, 18, '#5a3a2a', 'opacity="0.7"') + rect(hx - 26, 600, 52, 70, 18, '#5a3a2a', 0, 'opacity="0.7"')
    }
    body += rect(x, 640, w, 40, 0, '#7a4a2a', 0, 'opacity="0.6"')
  }
  // door
  body += rect(525, 460, 150, 240, 4, '#1c2e24') + rect(540, 475, 120, 150, 3, 'url(#inside)', 0, 'opacity="0.85"') + circle(650, 630, 6, '#c9a24a')
  // pavement and terrace
  body += rect(0, 700, W, 100, 0, '#9a9790') + `<rect x="0" y="700" width="${W}" height="6" fill="#7c7a74"/>`
  for (const tx of [260, 940]) {
    body += ellipse(tx, 715, 60, 14, 0, '#c9cdd1') + rect(tx - 4, 715, 8, 70, 2, '#3a3a3a') + ellipse(tx, 785, 28, 6, 0, '#3a3a3a')
    for (const side of [-1, 1]) {
      const cx = tx + side * 95
      body += rect(cx - 28, 680, 56, 60, 10, '#b8864a', 0, 'stroke="#5a3a1e" stroke-width="4"') + rect(cx - 28, 735, 56, 10, 3, '#8a5a30') + rect(cx - 24, 745, 5, 45, 2, '#3a3a3a') + rect(cx + 19, 745, 5, 45, 2, '#3a3a3a')
    }
  }
  // a plane tree leaning in
  body += circle(1150, 120, 150, '#5f7f3a', 'opacity="0.9"') + circle(1080, 60, 90, '#6f8f44', 'opacity="0.9"') + circle(1180, 250, 90, '#4f6f2e', 'opacity="0.9"')
  body += `<rect width="${W}" height="${H}" fill="url(#vignette)"/>`
  return svgDoc(body)
}

function person(x: number, skin: string, hair: string, outfit: 'chef' | 'sommelier' | 'pastry', rng: Rng): string {
  const top = 300
  let out = circle(x + 8, 760, 120, '#000', 'opacity="0.15" filter="url(#glow)"')
  // body
  const jacket = outfit === 'sommelier' ? '#f6f3ec' : '#fdfcf8'
  out += pathEl(`M${x - 120},800 L${x - 110},${top + 230} Q${x - 100},${top + 150} ${x},${top + 140} Q${x + 100},${top + 150} ${x + 110},${top + 230} L${x + 120},800Z`, jacket, 'filter="url(#ds)"')
  if (outfit === 'chef' || outfit === 'pastry') {
    for (let i = 0; i < 3; i++) out += circle(x - 30, top + 220 + i * 50, 6, '#3a3a3a') + circle(x + 30, top + 220 + i * 50, 6, '#3a3a3a')
    out += pathEl(`M${x - 40},${top + 150} L${x},${top + 195} L${x + 40},${top + 150}`, 'none', 'stroke="#e0dcd2" stroke-width="6"')
  }
  if (outfit === 'sommelier') {
    out += pathEl(`M${x - 90},${top + 330} L${x + 90},${top + 330} L${x + 100},800 L${x - 100},800Z`, '#1e1e22')
    out += rect(x - 14, top + 150, 28, 60, 6, '#6b1a2a')
    out += circle(x + 70, top + 260, 14, '#c9a24a', 'opacity="0.9"')
  }
  if (outfit === 'chef') out += rect(x - 95, top + 330, 190, 30, 4, '#2c4a7a', 0, 'opacity="0.85"')
  // neck and head
  out += rect(x - 22, top + 100, 44, 50, 12, shade(skin, -0.08))
  out += ellipse(x, top + 60, 58, 68, 0, skin, 'filter="url(#ds)"')
  if (outfit === 'chef') {
    out += pathEl(`M${x - 60},${top + 40} Q${x - 50},${top - 20} ${x},${top - 15} Q${x + 55},${top - 20} ${x + 60},${top + 40} Q${x + 40},${top + 5} ${x},${top + 8} Q${x - 40},${top + 5} ${x - 60},${top + 40}Z`, hair)
    out += pathEl(`M${x - 62},${top + 70} Q${x - 75},${top + 130} ${x - 40},${top + 160} L${x - 50},${top + 60}Z`, hair)
    out += pathEl(`M${x + 62},${top + 70} Q${x + 75},${top + 130} ${x + 40},${top + 160} L${x + 50},${top + 60}Z`, hair)
  }
  if (outfit === 'sommelier') {
    out += pathEl(`M${x - 60},${top + 45} Q${x - 55},${top - 25} ${x},${top - 18} Q${x + 60},${top - 22} ${x + 60},${top + 45} Q${x + 30},${top + 10} ${x - 60},${top + 45}Z`, hair)
    out += pathEl(`M${x - 50},${top + 85} Q${x},${top + 150} ${x + 50},${top + 85} Q${x + 40},${top + 125} ${x},${top + 130} Q${x - 40},${top + 125} ${x - 50},${top + 85}Z`, hair, 'opacity="0.9"')
  }
  if (outfit === 'pastry') {
    out += pathEl(`M${x - 58},${top + 40} Q${x - 50},${top - 15} ${x},${top - 12} Q${x + 50},${top - 15} ${x + 58},${top + 40} Q${x + 20},${top + 12} ${x - 58},${top + 40}Z`, hair)
    out += circle(x + 10, top - 30, 30, hair)
    out += rect(x - 60, top + 20, 120, 14, 7, '#c94a5a')
  }
  void rng
  return out
}

function teamSvg(): string {
  const rng = makeRng('team')
  let body = `<defs><pattern id="tiles" width="60" height="30" patternUnits="userSpaceOnUse">
      <rect width="60" height="30" fill="#d9d4c8"/><rect x="1.5" y="1.5" width="57" height="27" rx="4" fill="#f6f3ec"/>
    </pattern><pattern id="tiles2" width="60" height="30" patternUnits="userSpaceOnUse" patternTransform="translate(30 15)">
      <rect width="60" height="30" fill="#d9d4c8"/><rect x="1.5" y="1.5" width="57" height="27" rx="4" fill="#f6f3ec"/>
    </pattern></defs>`
  body += `<rect width="${W}" height="${H}" fill="url(#tiles)"/>`
  // copper pans hanging from a rail
  body += `<rect x="80" y="80" width="1040" height="10" rx="5" fill="#5a5f63"/>`
  for (let i = 0; i < 7; i++) {
    const x = 140 + i * 150 + between(rng, -10, 10)
    const r = between(rng, 38, 55)
    body += `<rect x="${r1(x - 2)}" y="85" width="4" height="40" fill="#5a5f63"/>` + rect(x - 6, 120, 12, 70, 6, '#8a4a22') + circle(x, 190 + r, r, '#b8683a', 'filter="url(#ds)"') + circle(x - r * 0.3, 190 + r * 0.7, r * 0.35, '#e0a070', 'opacity="0.5"')
  }
  for (const lx of [300, 900]) body += circle(lx, 60, 160, '#fff0c8', 'opacity="0.35" filter="url(#glow)"')
  body += person(320, '#e8b896', '#5a3a22', 'sommelier', rng)
  body += person(880, '#a8704a', '#1e1410', 'pastry', rng)
  body += person(600, '#f0c8a8', '#8a4a22', 'chef', rng)
  // the steel pass in front
  body += `<rect x="0" y="690" width="${W}" height="110" fill="#aab2b8"/><rect x="0" y="690" width="${W}" height="12" fill="#dfe3e6"/>`
  body += ellipse(200, 700, 80, 14, 0, '#fbfaf6') + ellipse(200, 696, 50, 8, 0, '#b5692e') + ellipse(1000, 700, 80, 14, 0, '#fbfaf6') + ellipse(1000, 696, 45, 8, 0, '#6f9a3e')
  body += `<rect width="${W}" height="${H}" fill="url(#vignette)"/>`
  return svgDoc(body)
}

// ——— Output ———

async function render(name: string, svg: string): Promise<number> {
  const file = path.join(OUT_DIR, name)
  await sharp(Buffer.from(svg)).resize(W, H).flatten({ background: '#ffffff' }).jpeg({ quality: 72, mozjpeg: true }).toFile(file)
  return (await stat(file)).size
}

async function main(): Promise<void> {
  await mkdir(OUT_DIR, { recursive: true })
  const jobs: [string, string][] = [
    ['hero.jpg', heroSvg()],
    ['about.jpg', aboutSvg()],
    ['team.jpg', teamSvg()],
    ...dishes.map((d): [string, string] => [d.image, dishSvg(d)]),
  ]
  let total = 0
  for (const [name, svg] of jobs) {
    const size = await render(name, svg)
    total += size
    const warn = size > 60 * 1024 ? '  (over 60 KB)' : ''
    console.log(`${name.padEnd(36)} ${(size / 1024).toFixed(1).padStart(6)} KB${warn}`)
  }
  console.log(`${jobs.length} images, ${(total / 1024).toFixed(0)} KB in total → ${path.relative(process.cwd(), OUT_DIR)}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
