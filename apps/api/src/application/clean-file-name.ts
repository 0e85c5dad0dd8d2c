import { stripControlCharacters } from './strip-control-characters.ts';
import { EXTENSION_OF, type AcceptedContentType } from './detect-content-type.ts';

const MAX_NAME_CHARS = 100;

/**
 * A display name safe to store and to send back in Content-Disposition: no directories, no control or
 * bidi-override characters, no characters Windows forbids, at most 100 characters (Chinese kept), and the
 * extension of the type the content really has (a PNG named 扫描件.pdf becomes 扫描件.png).
 */
export function cleanFileName(raw: string | undefined, contentType: AcceptedContentType): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = stripControlCharacters(base.normalize('NFC'))
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  const extension = EXTENSION_OF[contentType];
  const dot = cleaned.lastIndexOf('.');
  const fullStem = dot > 0 ? cleaned.slice(0, dot) : cleaned;
  const stem = [...fullStem]
    .slice(0, MAX_NAME_CHARS - extension.length - 1)
    .join('')
    .trim();
  return `${stem || '材料'}.${extension}`;
}
