// The inks a press build prints the brand's colours in: what the brand names, and type in black ink alone.
import type { Brand } from '../brand/brand-schema.js';
import { grayPalette } from '../render/gray-palette.js';

/** A colour as a print shop's inks, each from 0 to 1: cyan, magenta, yellow, black. */
export type Ink = [number, number, number, number];

/** Inks by the colour's RGB (`#5b2a86`, lower case). */
export type Inks = Record<string, Ink>;

/** `#5b2a86` as its parts, each from 0 to 1. */
export const rgbParts = (colour: string) => [1, 3, 5].map((at) => parseInt(colour.slice(at, at + 2), 16) / 255);

/** A part rounded to a whole per cent. */
export const percent = (part: number) => Math.round(part * 100) / 100;

/** An sRGB part as linear light. */
const linear = (part: number) => (part <= 0.04045 ? part / 12.92 : ((part + 0.055) / 1.055) ** 2.4);
/** What paper and solid black reflect, and a press's dot gain (a 50 % tint prints as about 65 %). */
const press = { paper: 0.88, solid: 0.02, gain: 0.6 };

/**
 * A colour in black ink alone that prints as light as the colour looks: the share of the paper the ink must
 * cover to reflect the colour's luminance (Murray–Davies), less the dot gain, which prints a tint darker
 * than its value. A mid grey on screen is a tint of about 70 %, not 50 %.
 */
export function greyInk(colour: string): Ink {
  const [r = 0, g = 0, b = 0] = rgbParts(colour).map(linear);
  // The screen's white is the paper's: a colour reflects its luminance's share of what the paper does.
  const reflects = press.paper * (0.2126 * r + 0.7152 * g + 0.0722 * b);
  const area = Math.min(1, Math.max(0, (press.paper - reflects) / (press.paper - press.solid)));
  const { gain } = press;
  const tint = (1 + gain - Math.sqrt((1 + gain) ** 2 - 4 * gain * area)) / (2 * gain);
  return [0, 0, 0, percent(tint)];
}

/**
 * The inks of the brand's colours that it names (`press_colors`, in per cent). Unless it says otherwise, type
 * prints in black ink alone, as print shops ask: the text colour solid, the muted colour as the grey of its
 * lightness. The print stage converts the other colours as it finds them. In greys, the same for the greys.
 */
export function brandInks(brand: Brand, grayscale: boolean): Inks {
  // In greys, the colours are the greys the page is drawn in, and the brand's inks for its colours are not theirs.
  const colors = grayscale ? grayPalette(brand.colors) : brand.colors;
  const given = grayscale ? {} : brand.press_colors;
  const type: Partial<Record<keyof Brand['colors'], Ink>> = { text: [0, 0, 0, 1], muted: greyInk(colors.muted) };
  const named = Object.entries(colors).flatMap(([name, colour]) => {
    const key = name as keyof Brand['colors'];
    const ink = given[key]?.map((part) => part / 100) ?? type[key];
    return ink ? [[colour.toLowerCase(), ink]] : [];
  });
  return Object.fromEntries(named) as Inks;
}
