import { Fragment } from 'react';
import { wordsOf } from '@/lib/word-breaks';

/**
 * A department's or an item's name in a table cell: wraps only between words (<wbr> between them, see
 * lib/word-breaks.ts), at most two lines (the rest cut with "…"), the full name on hover. The text itself is
 * unchanged. Works in server and client components (plain elements, no state).
 */
export function NameText({ text }: { text: string }) {
  return (
    <span className="name-text" title={text}>
      {wordsOf(text).map((word, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {word}
        </Fragment>
      ))}
    </span>
  );
}
