// react-pdf as leaflet uses it: loaded only after its text layout is pointed at leaflet's Chinese-aware copy.
import { register } from 'node:module';

/**
 * react-pdf breaks lines in @react-pdf/textkit, which would hyphenate Chinese and cannot stretch between
 * ideographs. leaflet carries a copy with those changes (textkit/textkit.js, MIT like the original) and
 * points react-pdf's layout at it with a resolution hook, registered in each thread before react-pdf
 * loads. Nothing in node_modules is changed, so this holds after `npm install --ignore-scripts` and when
 * leaflet is installed as a dependency.
 */
register(new URL('./textkit/hooks.js', import.meta.url));

const pdf = await import('@react-pdf/renderer');

if (!(globalThis as { [key: symbol]: unknown })[Symbol.for('leaflet.textkit')]) {
  throw new Error('react-pdf was loaded before leaflet could give it its Chinese text layout; import leaflet before @react-pdf/renderer');
}

export const { Circle, ClipPath, Defs, Document, Ellipse, Font, G, Image, Line, LinearGradient, Link, Page, Path, Polygon, Polyline, RadialGradient, Rect, Stop, Svg, Text, Tspan, View, renderToBuffer } = pdf;
