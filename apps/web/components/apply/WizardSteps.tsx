const STEPS = ['项目信息', '申请材料', '确认提交'] as const;

/**
 * Where the wizard is: its three steps as a plain list (the current one marked for screen readers too),
 * drawn the same on the server and after hydration, in a row that wraps on a phone (no layout shift).
 */
export function WizardSteps({ current }: { current: number }) {
  return (
    <ol className="wizard-steps" aria-label="申报步骤">
      {STEPS.map((title, index) => (
        <li
          key={title}
          className={`wizard-steps__step${index === current ? ' wizard-steps__step--current' : ''}${index < current ? ' wizard-steps__step--done' : ''}`}
          aria-current={index === current ? 'step' : undefined}
        >
          <span className="wizard-steps__number" aria-hidden="true">
            {index < current ? '✓' : index + 1}
          </span>
          {title}
        </li>
      ))}
    </ol>
  );
}
