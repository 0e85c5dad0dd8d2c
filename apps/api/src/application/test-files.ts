import { zipSync, strToU8 } from 'fflate';

/** Real minimal files of each accepted type, and look-alikes, for upload tests. */
export const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

export function pdfBytes(text = 'application'): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );
}

export const JPEG_HEADER = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01,
]);

export function ofdBytes(): Buffer {
  return Buffer.from(
    zipSync({
      'OFD.xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0"/>',
      ),
      'Doc_0/Document.xml': strToU8('<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"/>'),
    }),
  );
}

/** A ZIP whose OFD.xml is not at the root: not an OFD document. */
export function zipWithoutOfdXml(): Buffer {
  return Buffer.from(zipSync({ 'Doc_0/OFD.xml': strToU8('<x/>'), 'readme.txt': strToU8('hello') }));
}
