// SVG figures drawn as vectors: the parsed SVG tree mapped onto react-pdf's SVG elements, text in our fonts.
import { Circle, ClipPath, Defs, Ellipse, G, Line, LinearGradient, Path, Polygon, Polyline, RadialGradient, Rect, Stop, Svg, Text, Tspan } from '../layout/react-pdf.js';
import type { ComponentType, ReactNode } from 'react';
import type { SvgNode } from '../model/types.js';
import { grayColor } from './gray-palette.js';

const elements: Record<string, ComponentType<Record<string, unknown>>> = {
  circle: Circle,
  clipPath: ClipPath,
  defs: Defs,
  ellipse: Ellipse,
  g: G,
  line: Line,
  linearGradient: LinearGradient,
  path: Path,
  polygon: Polygon,
  polyline: Polyline,
  radialGradient: RadialGradient,
  rect: Rect,
  stop: Stop,
  text: Text,
  tspan: Tspan,
} as never;

/** The attributes that hold a colour, named as react-pdf names them. */
const colorProps = new Set(['fill', 'stroke', 'stopColor', 'color', 'floodColor', 'lightingColor']);

/** How the picture is drawn: in the leaflet's fonts, and in greys when the leaflet is printed in greys. */
interface Look {
  fonts: string[];
  gray?: boolean;
}

/** `stroke-width` → `strokeWidth`; styles in a `style` attribute become attributes too. */
function props(node: SvgNode, { fonts, gray }: Look): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const style = Object.fromEntries(
    (node.attributes.style ?? '')
      .split(';')
      .map((rule) => rule.split(':').map((part) => part.trim()))
      .filter((pair): pair is [string, string] => pair.length === 2 && pair[0] !== ''),
  );
  for (const [name, value] of Object.entries({ ...node.attributes, ...style })) {
    if (name === 'style' || name === 'class' || name.includes(':')) continue;
    const prop = name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    out[prop] = gray && colorProps.has(prop) ? grayColor(value) : value;
  }
  if (node.name === 'text' || node.name === 'tspan') out.fontFamily = fonts;
  return out;
}

function draw(node: SvgNode, look: Look, key: number): ReactNode {
  if (node.name === '' || (node as { type?: string }).type === 'text') return node.value ?? null;
  const Element = elements[node.name];
  if (!Element) return null;
  return (
    <Element key={key} {...props(node, look)}>
      {node.children.map((child, i) => draw(child, look, i))}
    </Element>
  );
}

export function SvgImage({ tree, width, height, ...look }: { tree: SvgNode; width: number; height: number } & Look) {
  const viewBox = tree.attributes.viewBox ?? `0 0 ${parseFloat(tree.attributes.width ?? '0')} ${parseFloat(tree.attributes.height ?? '0')}`;
  return (
    <Svg width={width} height={height} viewBox={viewBox}>
      {tree.children.map((child, i) => draw(child, look, i))}
    </Svg>
  );
}
