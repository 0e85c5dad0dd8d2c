import { fileTypeFromBuffer } from 'file-type';
import { unzipSync } from 'fflate';

export const ACCEPTED_CONTENT_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'application/ofd',
] as const;
export type AcceptedContentType = (typeof ACCEPTED_CONTENT_TYPES)[number];

export const EXTENSION_OF: Record<AcceptedContentType, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/ofd': 'ofd',
};

/**
 * The file's type from its bytes alone (never its name): PDF, JPEG, PNG by their signatures, OFD
 * (GB/T 33190) as a ZIP archive with OFD.xml at its root. Anything else is null.
 */
export async function detectContentType(bytes: Uint8Array): Promise<AcceptedContentType | null> {
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected) return null;
  if (
    detected.mime === 'application/pdf' ||
    detected.mime === 'image/jpeg' ||
    detected.mime === 'image/png'
  ) {
    return detected.mime;
  }
  // file-type names a plain ZIP `zip` (mime application/zip); EPUB, DOCX and other ZIP-based formats by their own names
  if (detected.ext === 'zip') return isOfdArchive(bytes) ? 'application/ofd' : null;
  return null;
}

function isOfdArchive(bytes: Uint8Array): boolean {
  let found = false;
  try {
    // The filter sees every central-directory entry; nothing is inflated (it always answers false).
    unzipSync(bytes, {
      filter: (entry) => {
        if (entry.name === 'OFD.xml') found = true;
        return false;
      },
    });
  } catch {
    return false; // not a readable ZIP
  }
  return found;
}
