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
