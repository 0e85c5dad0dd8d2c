/**
 * A short confirmation (回复已发送) at the top of the screen for three seconds, read out by screen readers.
 * Imperative and outside React, so it outlives the form that sent it (a sent form often leaves the page on
 * the refresh that follows). The light stand-in for Ant Design's `message.success`.
 */
export function showToast(text: string) {
  const toast = document.createElement('div');
  toast.className = 'toast';
  toast.setAttribute('role', 'status');
  toast.textContent = text;
  document.body.append(toast);
  window.setTimeout(() => toast.remove(), 3000);
}
