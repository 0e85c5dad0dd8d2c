export const STARS = [1, 2, 3, 4, 5] as const;

/** The star's outline (24 × 24). */
export const STAR_PATH = 'M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z';

/**
 * A 1–5 score as five radios drawn as stars (globals.css `.star-rating`: the chosen star and those before it
 * are filled by CSS alone), so it works before hydration. Each radio is named 「n 星」; the group by `label`.
 */
export function StarRating(props: { name: string; label: string; defaultValue?: number }) {
  return (
    <div className="star-rating" role="radiogroup" aria-label={props.label}>
      {STARS.map((score) => (
        <label key={score} className="star-rating__star">
          <input type="radio" name={props.name} value={score} defaultChecked={props.defaultValue === score} />
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d={STAR_PATH} />
          </svg>
          <span className="visually-hidden">{score} 星</span>
        </label>
      ))}
    </div>
  );
}
