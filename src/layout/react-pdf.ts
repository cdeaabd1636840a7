// react-pdf as leaflet uses it: loaded only after its text and page layout are pointed at leaflet's copies.
import { registerHooksOf } from './module-hooks.js';
import './pdfkit-fonts.js';
import type { ComponentType, ReactNode } from 'react';
import type { DocumentProps } from '@react-pdf/renderer';

export type { DocumentProps };

/**
 * react-pdf breaks lines in @react-pdf/textkit, which would hyphenate Chinese and cannot stretch between
 * ideographs; and its page layout (@react-pdf/layout) lays out everything still to place again after each
 * page, which makes a long leaflet cost the square of its length. leaflet carries a copy of each with those
 * changes (textkit/textkit.js and page-layout/page-layout.js, MIT like the originals) and points react-pdf at
 * them with a resolution hook, registered in each thread before react-pdf loads. Nothing in node_modules is
 * changed, so this holds after `npm install --ignore-scripts` and when leaflet is installed as a dependency.
 */
declare const LEAFLET_BUNDLE: boolean | undefined;
// The command line's bundle is built with the copies in place of the packages (src/bundle.js): no hook.
if (typeof LEAFLET_BUNDLE === 'undefined') await registerHooksOf(new URL('./react-pdf-hooks.js', import.meta.url));

const pdf = await import('@react-pdf/renderer');

const loaded = (name: string) => (globalThis as { [key: symbol]: unknown })[Symbol.for(name)];
if (!loaded('leaflet.textkit') || !loaded('leaflet.page-layout')) {
  throw new Error('react-pdf was loaded before leaflet could give it its own text and page layout; import leaflet before @react-pdf/renderer');
}

export const { Circle, ClipPath, Defs, Ellipse, Font, G, Image, Line, LinearGradient, Link, Page, Path, Polygon, Polyline, RadialGradient, Rect, Stop, Svg, Text, Tspan, View, renderToBuffer } = pdf;

/**
 * The Document, with the two properties that leaflet's page layout adds: `onLaidOut` lays the document out
 * and hands over its layout, writing no page; `laidOut` writes a layout made so, without laying it out again.
 */
export const Document = pdf.Document as ComponentType<DocumentProps & { children?: ReactNode; onLaidOut?: (layout: never) => void; laidOut?: object }>;
