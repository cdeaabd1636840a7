// Figures: the image scaled to its share of the text width, kept in proportion, with a numbered caption.
import { Image, Text, View } from '../layout/react-pdf.js';
import { brandText } from './brand-text.js';
import type { Figure } from '../model/types.js';
import { keepTogether } from './keep-together.js';
import { SvgImage } from './svg-image.js';
import { figureShare, type Theme } from './theme.js';

/** The size a picture is drawn at: its share of the text width, in proportion, a tall one scaled down so that it and its caption fit on a page. */
export function figureSize(block: Figure, theme: Theme): { width: number; height: number } | undefined {
  const image = block.image;
  if (!image) return undefined;
  const [w, h] = image.kind === 'svg' ? [image.width, image.height] : [image.pixelWidth, image.pixelHeight];
  const share = figureShare(theme, block);
  const scale = Math.min(1, (theme.trim.height * 0.55) / ((theme.textWidth * share * h) / w));
  const width = theme.textWidth * share * scale;
  return { width, height: (width * h) / w };
}

export function FigureBlock({ block, theme }: { block: Figure; theme: Theme }) {
  const image = block.image;
  const size = figureSize(block, theme);
  if (!image || !size) return null;
  const { width, height } = size;
  const label = brandText(theme, theme.brand.labels.figure);
  const caption = block.title || block.alt;
  return (
    <View wrap={!keepTogether([block])} style={{ alignItems: 'center', marginTop: theme.gap * 0.5, marginBottom: theme.gap * 1.4 }}>
      {image.kind === 'svg' ? (
        <SvgImage tree={image.tree} width={width} height={height} fonts={theme.font} gray={theme.grayscale} />
      ) : (
        <Image src={{ data: image.data, format: image.format }} style={{ width, height }} />
      )}
      <Text style={{ fontSize: theme.small, color: theme.colors.muted, marginTop: theme.gap * 0.5, textAlign: 'center' }}>
        <Text style={{ fontFamily: label.fontFamily }}>{label.text}</Text>
        {`${theme.lang === 'en' ? ' ' : ''}${block.number}${caption ? `  ${caption}` : ''}`}
      </Text>
    </View>
  );
}
