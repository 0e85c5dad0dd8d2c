import type { ReactNode } from 'react';

/**
 * A page that only says what happened (404, 403, an error) and where to go: plain HTML, so these pages
 * (rendered inside every layout) pull no UI library into the site. `mark` is the large code or symbol above
 * the title; the title is the page's one <h1>.
 */
export function ResultMessage(props: {
  mark: string;
  tone?: 'error' | 'warning' | 'info';
  title: ReactNode;
  subTitle: ReactNode;
  extra?: ReactNode;
}) {
  return (
    <div className={`result result--${props.tone ?? 'info'}`}>
      <div className="result__mark" aria-hidden="true">
        {props.mark}
      </div>
      <h1 className="result__title">{props.title}</h1>
      <p className="result__subtitle">{props.subTitle}</p>
      {props.extra && <div className="result__extra">{props.extra}</div>}
    </div>
  );
}
