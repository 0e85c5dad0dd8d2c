/**
 * 关怀模式 on/off in the header: a plain POST form (no client code), answered by app/api/care-mode, which
 * remembers the choice and comes back to this page.
 */
export function CareModeSwitch({ on }: { on: boolean }) {
  return (
    <form method="post" action="/api/care-mode" className="care-switch">
      <input type="hidden" name="careMode" value={on ? '0' : '1'} />
      <button type="submit" className="care-switch__button" aria-pressed={on} data-testid="care-mode-switch">
        {on ? '退出关怀模式' : '关怀模式'}
      </button>
    </form>
  );
}
