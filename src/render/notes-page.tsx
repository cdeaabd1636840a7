// A booklet's spare page as a notes page (我的记录): a heading, a line for the date, and ruled lines for questions.
import { Text, View } from '../layout/react-pdf.js';
import { brandText } from './brand-text.js';
import type { Theme } from './theme.js';

/** The space between two ruled lines: room for handwriting. */
const lineSpacing = (theme: Theme) => 9 * theme.mm;

/** The lines that fill the page's text area under the heading and the date. */
function ruledLines(theme: Theme): number {
  const area = theme.trim.height - 2 * theme.margin;
  return Math.max(4, Math.floor((area - theme.title * 2.2 - lineSpacing(theme) * 2.5) / lineSpacing(theme)) - 1);
}

export function NotesPage({ theme }: { theme: Theme }) {
  const { labels } = theme.brand;
  const [title, date, questions] = [brandText(theme, labels.notes), brandText(theme, labels.notes_date), brandText(theme, labels.notes_questions)];
  const colon = theme.lang === 'en' ? ':' : '：';
  const rule = { borderBottom: `0.5pt solid ${theme.colors.muted}`, height: lineSpacing(theme) };
  return (
    <View wrap={false}>
      {title ? (
        <Text style={{ fontSize: theme.title * 0.8, fontWeight: theme.typography.heading_weight, color: theme.colors.primary, lineHeight: 1.3, fontFamily: title.fontFamily }}>
          {title.text}
        </Text>
      ) : null}
      <View style={{ width: theme.title * 2, borderBottom: `3pt solid ${theme.colors.accent}`, marginTop: theme.gap * 0.6, marginBottom: theme.gap * 1.5 }} />
      {date ? (
        <View style={{ ...rule, width: '50%', justifyContent: 'flex-end' }}>
          <Text style={{ color: theme.colors.muted, fontFamily: date.fontFamily }}>{`${date.text}${colon}`}</Text>
        </View>
      ) : null}
      {questions ? (
        <View style={{ ...rule, justifyContent: 'flex-end', marginTop: theme.gap }}>
          <Text style={{ color: theme.colors.muted, fontFamily: questions.fontFamily }}>{`${questions.text}${colon}`}</Text>
        </View>
      ) : null}
      {Array.from({ length: ruledLines(theme) }, (_, i) => (
        <View key={i} style={rule} />
      ))}
    </View>
  );
}
