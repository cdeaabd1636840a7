// An event's title and subtitle, in the brand's colour: a step larger on the printed flyer than on a phone.
import { Text } from '../../layout/react-pdf.js';
import type { LeafletMeta } from '../../model/types.js';
import { Plain } from '../../render/spans.js';
import type { Theme } from '../../render/theme.js';

/** The title at `scale` times the theme's title size, the subtitle at `subScale` times its body size. */
export function EventHeading({ meta, theme, scale, subScale }: { meta: LeafletMeta; theme: Theme; scale: number; subScale: number }) {
  const title = theme.title * scale;
  const subtitle = theme.body * subScale;
  return (
    <>
      <Text style={{ fontSize: title, fontWeight: theme.typography.heading_weight, color: theme.colors.primary, lineHeight: 1.25 }}>
        <Plain text={meta.title} theme={theme} size={title} />
      </Text>
      {meta.subtitle ? (
        <Text style={{ fontSize: subtitle, color: theme.colors.text, marginTop: theme.gap * 0.5 }}>
          <Plain text={meta.subtitle} theme={theme} size={subtitle} />
        </Text>
      ) : null}
    </>
  );
}
