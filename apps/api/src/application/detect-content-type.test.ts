import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detectContentType } from './detect-content-type.ts';
import { cleanFileName } from './clean-file-name.ts';
import { JPEG_HEADER, ofdBytes, pdfBytes, PNG_1X1, zipWithoutOfdXml } from './test-files.ts';

describe('detectContentType (from the bytes only)', () => {
  it('recognises PDF, JPEG, PNG and OFD', async () => {
    expect(await detectContentType(pdfBytes())).toBe('application/pdf');
    expect(await detectContentType(Buffer.concat([JPEG_HEADER, Buffer.alloc(200)]))).toBe('image/jpeg');
    expect(await detectContentType(PNG_1X1)).toBe('image/png');
    expect(await detectContentType(ofdBytes())).toBe('application/ofd');
  });

  it('refuses a ZIP without OFD.xml at its root, text, HTML, truncated ZIPs and empty input', async () => {
    expect(await detectContentType(zipWithoutOfdXml())).toBeNull();
    expect(await detectContentType(Buffer.from('just some text, named .pdf'))).toBeNull();
    expect(await detectContentType(Buffer.from('<html><script>alert(1)</script></html>'))).toBeNull();
    expect(await detectContentType(ofdBytes().subarray(0, 40))).toBeNull();
    expect(await detectContentType(Buffer.alloc(0))).toBeNull();
  });
});

/** The smallest GIF (1×1): a recognised image type that is not among the accepted ones. */
const GIF_1X1 = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const OFD_XML = strToU8('<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0"/>');

/** An OFD package whose second entry's compressed bytes are broken: inflating it fails, reading the directory does not. */
function ofdWithUninflatableEntry(): Buffer {
  const name = 'Doc_0/Res/big.bin';
  const zip = Buffer.from(
    zipSync({ 'OFD.xml': [OFD_XML, { level: 0 }], [name]: [strToU8('x'.repeat(4096)), { level: 9 }] }),
  );
  // local file header: signature (4) … name length at 26, extra length at 28, then name, extra, data
  const header = zip.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), zip.indexOf(name) - 30);
  const data = header + 30 + zip.readUInt16LE(header + 26) + zip.readUInt16LE(header + 28);
  zip.fill(0xff, data, data + 8); // 0b11 as the block type: not a valid deflate stream
  return zip;
}

describe('detectContentType refuses recognised types it does not accept', () => {
  it('refuses a GIF (a real image, not an accepted one)', async () => {
    expect(await detectContentType(GIF_1X1)).toBeNull();
  });

  it('refuses a ZIP-based format other than OFD even when it holds OFD.xml at its root (an EPUB)', async () => {
    const epub = Buffer.from(
      zipSync({
        mimetype: [strToU8('application/epub+zip'), { level: 0 }],
        'OFD.xml': OFD_XML,
        'META-INF/container.xml': strToU8('<container version="1.0"/>'),
      }),
    );
    expect(await detectContentType(epub)).toBeNull();
  });
});

describe('detectContentType never decompresses (zip-bomb guard)', () => {
  it('reads only the ZIP directory: an entry that cannot be inflated does not matter', async () => {
    const zip = ofdWithUninflatableEntry();
    expect(() => unzipSync(zip)).toThrow(); // inflating it would fail …
    expect(await detectContentType(zip)).toBe('application/ofd'); // … and detection never tries
  });
});

describe('cleanFileName', () => {
  it('keeps Chinese, strips paths and hidden characters, and fixes the extension to the content', () => {
    expect(cleanFileName('项目申请报告.pdf', 'application/pdf')).toBe('项目申请报告.pdf');
    expect(cleanFileName('C:\\Users\\王刚\\扫描件.pdf', 'image/png')).toBe('扫描件.png');
    expect(cleanFileName('../../etc/passwd', 'application/pdf')).toBe('passwd.pdf');
    expect(cleanFileName('a\u0000b\u202ecod.exe', 'application/pdf')).toBe('abcod.pdf');
    expect(cleanFileName('"x<y>".jpeg', 'image/jpeg')).toBe('_x_y__.jpg');
    expect(cleanFileName('', 'application/ofd')).toBe('材料.ofd');
    expect(cleanFileName('...', 'application/pdf')).toBe('材料.pdf');
  });

  it('limits the name to 100 characters, counting Chinese characters as one each', () => {
    const name = cleanFileName(`${'报'.repeat(300)}.pdf`, 'application/pdf');
    expect([...name]).toHaveLength(100);
    expect(name.endsWith('报.pdf')).toBe(true);
  });
});
