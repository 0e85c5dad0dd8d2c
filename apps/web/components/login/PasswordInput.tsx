'use client';

import { useState, type InputHTMLAttributes } from 'react';
import { EyeIcon } from './EyeIcon';

/**
 * A password input with its show/hide (eye) button, a 32 px tap target inside the input's right edge
 * (globals.css "Sign-in form"). `autoComplete` is current-password unless given (new-password on 注册).
 */
export function PasswordInput(props: InputHTMLAttributes<HTMLInputElement>) {
  const [shown, setShown] = useState(false);
  return (
    <div className="password-input">
      <input autoComplete="current-password" maxLength={128} {...props} type={shown ? 'text' : 'password'} />
      <button
        type="button"
        className="password-input__toggle"
        // Not "显示密码": the field's label 密码 must name the input alone.
        aria-label="显示明文"
        aria-pressed={shown}
        onClick={() => setShown((value) => !value)}
      >
        <EyeIcon open={shown} />
      </button>
    </div>
  );
}
