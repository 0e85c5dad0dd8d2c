/**
 * 事项搜索: a plain GET form to /search (works without JavaScript). `large` on the home page.
 */
export function SearchBox({ query = '', large = false }: { query?: string; large?: boolean }) {
  return (
    <form
      method="get"
      action="/search"
      role="search"
      className={large ? 'search-box search-box--large' : 'search-box'}
    >
      <label htmlFor="search-q" className="search-box__label">
        搜索办事事项
      </label>
      <div className="search-box__row">
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={50}
          required
          autoComplete="off"
          placeholder="事项名称、拼音或首字母，如 wstz"
          aria-describedby="search-q-hint"
          className="search-box__input"
        />
        <button type="submit" className="button button--primary search-box__button">
          搜索
        </button>
      </div>
      <p id="search-q-hint" className="search-box__hint">
        可输入事项名称、全拼（如 waishang）、拼音首字母（如 wstz）或常用叫法（如 社保卡、外资项目）。
      </p>
    </form>
  );
}
