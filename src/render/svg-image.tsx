// SVG figures drawn as vectors: the parsed SVG tree mapped onto react-pdf's SVG elements, text in our fonts.
import { Circle, ClipPath, Defs, Ellipse, G, Line, LinearGradient, Path, Polygon, Polyline, RadialGradient, Rect, Stop, Svg, Text, Tspan } from '../layout/react-pdf.js';
import type { ComponentType, ReactNode } from 'react';
import type { SvgNode } from '../model/types.js';

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

/** `stroke-width` → `strokeWidth`; styles in a `style` attribute become attributes too. */
function props(node: SvgNode, fonts: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const style = Object.fromEntries(
    (node.attributes.style ?? '')
      .split(';')
      .map((rule) => rule.split(':').map((part) => part.trim()))
      .filter((pair): pair is [string, string] => pair.length === 2 && pair[0] !== ''),
  );
  for (const [name, value] of Object.entries({ ...node.attributes, ...style })) {
    if (name === 'style' || name === 'class' || name.includes(':')) continue;
    out[name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] = value;
  }
  if (node.name === 'text' || node.name === 'tspan') out.fontFamily = fonts;
  return out;
}

function draw(node: SvgNode, fonts: string[], key: number): ReactNode {
  if (node.name === '' || (node as { type?: string }).type === 'text') return node.value ?? null;
  const Element = elements[node.name];
  if (!Element) return null;
  return (
    <Element key={key} {...props(node, fonts)}>
      {node.children.map((child, i) => draw(child, fonts, i))}
    </Element>
  );
}

export function SvgImage({ tree, width, height, fonts }: { tree: SvgNode; width: number; height: number; fonts: string[] }) {
  const viewBox = tree.attributes.viewBox ?? `0 0 ${parseFloat(tree.attributes.width ?? '0')} ${parseFloat(tree.attributes.height ?? '0')}`;
  return (
    <Svg width={width} height={height} viewBox={viewBox}>
      {tree.children.map((child, i) => draw(child, fonts, i))}
    </Svg>
  );
}
