// Colours as greys that stay legible in black and white: the brand's (each text colour keeps 4.5:1 contrast), the boxes' and the pictures'.
import colorString from 'color-string';
import type { Brand } from '../brand/brand-schema.js';

type Colors = Brand['colors'];
type Callouts = Brand['callouts'];

/** WCAG's contrast for normal-size text. */
export const minContrast = 4.5;

const toLinear = (channel: number) => (channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4);
const toSrgb = (linear: number) => (linear <= 0.0031308 ? linear * 12.92 : 1.055 * linear ** (1 / 2.4) - 0.055);

/** Relative luminance of `#RRGGBB`, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => toLinear(parseInt(hex.slice(at, at + 2), 16) / 255));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

const grayHex = (level: number) => `#${level.toString(16).padStart(2, '0').repeat(3)}`;

/** The grey level (0–255) of the same luminance, so light stays light and dark stays dark. */
const grayLevel = (hex: string) => Math.round(toSrgb(luminance(hex)) * 255);
const gray = (hex: string) => grayHex(grayLevel(hex));

/** CSS's hsl() as red, green and blue, 0–255 (CSS Color 4's conversion). */
function hslToRgb(hue: number, saturation: number, lightness: number): number[] {
  const [s, l] = [saturation / 100, lightness / 100];
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12;
    return 255 * (l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k - 3, 9 - k, 1)));
  };
  return [channel(0), channel(8), channel(4)];
}

/** CSS's hwb() as red, green and blue, 0–255. */
function hwbToRgb(hue: number, whiteness: number, blackness: number): number[] {
  const [w, b] = [whiteness / 100, blackness / 100];
  if (w + b >= 1) return Array(3).fill((255 * w) / (w + b));
  return hslToRgb(hue, 100, 50).map((c) => c * (1 - w - b) + 255 * w);
}

/**
 * Any CSS colour (a name, #hex, rgb(), hsl(), hwb()) as the grey of the same luminance, its opacity kept;
 * anything else (none, currentColor, a gradient's url(#…)) as it is.
 */
export function grayColor(value: string): string {
  const parsed = colorString.get(value);
  if (!parsed) return value;
  const [a, b, c, alpha = 1] = parsed.value;
  const rgb = parsed.model === 'hsl' ? hslToRgb(a!, b!, c!) : parsed.model === 'hwb' ? hwbToRgb(a!, b!, c!) : [a!, b!, c!];
  const level = grayLevel(`#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`);
  return alpha === 1 ? grayHex(level) : `rgba(${level}, ${level}, ${level}, ${alpha})`;
}

/** The grey of a colour, darkened step by step until it reads on every background. */
function readableOn(hex: string, backgrounds: string[]): string {
  let level = grayLevel(hex);
  while (level > 0 && backgrounds.some((bg) => contrast(grayHex(level), bg) < minContrast)) level -= 1;
  return grayHex(level);
}

export function grayPalette(colors: Colors): Colors {
  const tint = gray(colors.tint);
  const backgrounds = ['#ffffff', tint];
  const primary = readableOn(colors.primary, backgrounds);
  const onPrimary = gray(colors.on_primary);
  return {
    primary,
    accent: readableOn(colors.accent, backgrounds),
    text: readableOn(colors.text, backgrounds),
    muted: readableOn(colors.muted, backgrounds),
    tint,
    on_primary: contrast(onPrimary, primary) >= minContrast ? onPrimary : '#ffffff',
  };
}

/** The callout boxes' colours as greys, each readable as text on white, as the label over the box's tint is. */
export function grayCallouts(callouts: Callouts): Callouts {
  const grayed = Object.entries(callouts).map(([kind, style]) => [kind, { ...style, color: readableOn(style.color, ['#ffffff']) }]);
  return Object.fromEntries(grayed) as Callouts;
}
