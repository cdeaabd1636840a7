// The brand's colours as greys that stay legible in black and white: each text colour keeps 4.5:1 contrast.
import type { Brand } from '../brand/brand-schema.js';

type Colors = Brand['colors'];

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
