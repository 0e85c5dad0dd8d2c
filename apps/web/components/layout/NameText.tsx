import { withWordBreaks } from '@/lib/word-breaks';

/**
 * A department's or an item's name in a table cell: wraps only between words, at most two lines (the rest
 * cut with "…"), the full name on hover. Works in server and client components (plain span, no state).
 */
export function NameText({ text }: { text: string }) {
  return (
    <span className="name-text" title={text} suppressHydrationWarning>
      {withWordBreaks(text)}
    </span>
  );
}
