/** Invisible characters that could disguise text: C0/C1 controls, zero-width and bidirectional overrides. */
function isHidden(codePoint: number, keepLineBreaks: boolean): boolean {
  if (keepLineBreaks && (codePoint === 0x0a || codePoint === 0x0d || codePoint === 0x09)) return false;
  return (
    codePoint <= 0x1f ||
    (codePoint >= 0x7f && codePoint <= 0x9f) ||
    (codePoint >= 0x200b && codePoint <= 0x200f) ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2066 && codePoint <= 0x2069) ||
    codePoint === 0xfeff
  );
}

export function stripControlCharacters(text: string, keepLineBreaks = false): string {
  return [...text].filter((char) => !isHidden(char.codePointAt(0)!, keepLineBreaks)).join('');
}
