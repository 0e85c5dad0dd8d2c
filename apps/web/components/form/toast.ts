/**
 * A short message at the top of the screen for three seconds, read out by screen readers: a confirmation
 * (回复已发送) or, with `tone` error, a refusal. Imperative and outside React, so it outlives the form that sent
 * it (a sent form often leaves the page on the refresh that follows). The light stand-in for Ant Design's
 * `message.success` / `message.error`.
 */
export function showToast(text: string, tone: 'success' | 'error' = 'success') {
  const toast = document.createElement('div');
  toast.className = tone === 'error' ? 'toast toast--error' : 'toast';
  toast.setAttribute('role', tone === 'error' ? 'alert' : 'status');
  toast.textContent = text;
  document.body.append(toast);
  window.setTimeout(() => toast.remove(), tone === 'error' ? 5000 : 3000);
}
