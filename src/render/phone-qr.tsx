// The phone edition's QR code: centred, large enough to be found by a long press, with what to do under it.
import { Text, View } from '../layout/react-pdf.js';
import { brandText } from './brand-text.js';
import { QrCode } from './qr-code.js';
import { Plain } from './spans.js';
import type { Theme } from './theme.js';

/** The code at the theme's QR size, the brand's long-press label under it, then the caption of the code if any. */
export function PhoneQr({ url, caption, theme, width = theme.qr }: { url: string; caption?: string; theme: Theme; width?: number }) {
  const label = brandText(theme, theme.brand.labels.qr_phone);
  return (
    <View wrap={false} style={{ alignItems: 'center', marginTop: theme.gap, marginBottom: theme.gap * 0.5 }}>
      <QrCode url={url} width={width} />
      <Text style={{ marginTop: theme.gap * 0.4, fontSize: theme.body * 1.1, fontWeight: 700, color: theme.colors.primary, fontFamily: label.fontFamily }}>{label.text}</Text>
      {caption && caption !== label.text ? (
        <Text style={{ width, textAlign: 'center', fontSize: theme.small, color: theme.colors.muted, marginTop: 2 }}>
          <Plain text={caption} theme={theme} size={theme.small} />
        </Text>
      ) : null}
    </View>
  );
}
