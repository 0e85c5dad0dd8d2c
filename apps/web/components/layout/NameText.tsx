import { Fragment, type CSSProperties } from 'react';
import { wordsOf } from '@/lib/word-breaks';

/**
 * A department's or an item's name in a table cell: wraps only between words (<wbr> between them, see
 * lib/word-breaks.ts), at most two lines (the rest cut with "…"), the full name on hover. The text itself is
 * unchanged. Works in server and client components (plain elements, no state).
 *
 * In a table its column is at least (length + longest word − 1) / 2 characters wide (`--name-min-width`, in em
 * of the cell's type, one em per Chinese character): the first line, filled word by word, then takes more
 * than width − longest word characters, and what is left fits on the second — a narrow window squeezes the
 * other columns, never a name onto a third line.
 */
export function NameText({ text }: { text: string }) {
  const words = wordsOf(text);
  const length = [...text].length;
  const longest = Math.max(0, ...words.map((word) => [...word].length));
  const minWidth = Math.ceil((length + longest - 1) / 2);
  return (
    <span className="name-text" title={text} style={{ '--name-min-width': `${minWidth}em` } as CSSProperties}>
      {words.map((word, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {word}
        </Fragment>
      ))}
    </span>
  );
}
