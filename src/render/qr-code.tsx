// A vector QR code: the qrcode package's module matrix drawn as one SVG path, with a 4-module quiet zone.
import { Path, Rect, Svg } from '../layout/react-pdf.js';
import { qrModules } from '../source/qr.js';

export const quietZone = 4;

/** The dark modules as one path: each horizontal run of dark modules is one rectangle. */
export function qrPath(url: string): { size: number; d: string } {
  const modules = qrModules(url);
  const size = modules.size;
  const parts: string[] = [];
  for (let row = 0; row < size; row += 1) {
    let col = 0;
    while (col < size) {
      if (!modules.get(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < size && modules.get(row, col)) col += 1;
      parts.push(`M${start + quietZone} ${row + quietZone}h${col - start}v1h${start - col}z`);
    }
  }
  return { size: size + 2 * quietZone, d: parts.join('') };
}

export function QrCode({ url, width, color = '#000000' }: { url: string; width: number; color?: string }) {
  const { size, d } = qrPath(url);
  return (
    <Svg width={width} height={width} viewBox={`0 0 ${size} ${size}`}>
      <Rect x={0} y={0} width={size} height={size} fill="#FFFFFF" />
      <Path d={d} fill={color} />
    </Svg>
  );
}
