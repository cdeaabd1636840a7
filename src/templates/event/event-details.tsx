// The facts of an event, each under its label: when, where, online, fee, places, contact.
import { Text, View } from '../../layout/react-pdf.js';
import type { Brand } from '../../brand/brand-schema.js';
import { formatEventTime } from '../../event/event-date.js';
import type { EventInfo } from '../../model/types.js';
import { printableUrl } from '../../source/urls.js';
import { brandText, type BrandText } from '../../render/brand-text.js';
import { Plain } from '../../render/spans.js';
import type { Theme } from '../../render/theme.js';

/** A fact under its label; `strong` (the date and the place) is set large, and breaks between words (活动中心, never 活动中 / 心). */
function Fact({ label, children, theme, strong }: { label: BrandText; children: string; theme: Theme; strong?: boolean }) {
  // On a phone's narrow page the date and place are set a little smaller, so that they break less.
  const size = strong ? theme.body * (theme.phone ? 1.25 : 1.45) : theme.body * 1.1;
  return (
    <View style={{ flexDirection: 'row', alignItems: 'flex-start', marginBottom: theme.gap * 0.8 }} wrap={false}>
      <Text style={{ width: theme.body * 5, color: theme.colors.primary, fontWeight: 700, fontSize: theme.body * 1.1, paddingTop: strong ? size * 0.2 : 0, fontFamily: label.fontFamily }}>
        {label.text}
      </Text>
      <Text style={{ flex: 1, fontSize: size, fontWeight: strong ? 700 : 400, lineHeight: 1.4 }}>
        <Plain text={children} theme={theme} size={size} wholeWords={strong} />
      </Text>
    </View>
  );
}

export function EventDetails({ event, brand, theme }: { event: EventInfo; brand: Brand; theme: Theme }) {
  const { lang } = theme;
  const label = (key: keyof Brand['event']['labels']) => brandText(theme, brand.event.labels[key]);
  const venue = [event.venue.name, event.venue.address].filter(Boolean).join(lang === 'en' ? ', ' : '，');
  const contact = [event.contact?.person, event.contact?.phone].filter(Boolean).join('  ');
  return (
    <View style={{ borderTop: `1.5pt solid ${theme.colors.accent}`, borderBottom: `1.5pt solid ${theme.colors.accent}`, paddingTop: theme.gap * 1.2, paddingBottom: theme.gap * 0.4, marginBottom: theme.gap * 1.5 }}>
      <Fact label={label('when')} theme={theme} strong>
        {formatEventTime(event.starts, event.ends, lang)}
      </Fact>
      <Fact label={label('where')} theme={theme} strong>
        {venue}
      </Fact>
      {event.online ? <Fact label={label('online')} theme={theme}>{printableUrl(event.online)}</Fact> : null}
      {event.fee ? <Fact label={label('fee')} theme={theme}>{event.fee}</Fact> : null}
      {event.capacity ? <Fact label={label('capacity')} theme={theme}>{event.capacity}</Fact> : null}
      {contact ? <Fact label={label('contact')} theme={theme}>{contact}</Fact> : null}
    </View>
  );
}
