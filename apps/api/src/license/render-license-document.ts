import type { LicenseSnapshotData } from './license-snapshot.ts';
import { formatCst } from '../lib/natural-days.ts';

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** The mark every fetched license carries (domain.md: "此件由××提供，仅供办理政务服务事项时使用"). */
export const usageMark = (providedBy: string) => `此件由${providedBy}提供，仅供办理政务服务事项时使用`;

/**
 * The fetched e-business license as one self-contained HTML document (no scripts, no external resources,
 * so it renders the same anywhere and CJK text needs no embedded font), with the usage mark as a banner
 * and as a diagonal watermark.
 */
export function renderLicenseDocument(snapshot: LicenseSnapshotData): Uint8Array {
  const rows: [string, string][] = [
    ['统一社会信用代码', snapshot.creditCode],
    ['名称', snapshot.name],
    ['类型', snapshot.companyType],
    ['法定代表人', snapshot.legalRepresentative],
    ['注册资本', snapshot.registeredCapital],
    ['成立日期', snapshot.establishedOn],
    ['营业期限', `${snapshot.operatingFrom} 至 ${snapshot.operatingTo ?? '长期'}`],
    ['住所', snapshot.address],
    ['经营范围', snapshot.businessScope],
    ['登记机关', snapshot.registrationAuthority],
    ['证照标识', snapshot.identifier],
  ];
  const mark = escape(usageMark(snapshot.providedBy));
  const html = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>营业执照 ${escape(snapshot.name)}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>
body{font-family:"Noto Serif CJK SC","Songti SC",serif;margin:2em auto;max-width:46em;position:relative}
h1{text-align:center;letter-spacing:.5em}
.mark{border:2px solid #b00;color:#b00;padding:.5em;text-align:center;font-weight:bold}
.watermark{position:fixed;top:40%;left:0;right:0;text-align:center;transform:rotate(-30deg);color:rgba(176,0,0,.15);font-size:2em;pointer-events:none}
th{text-align:left;white-space:nowrap;vertical-align:top;padding:.3em 1em .3em 0}td{padding:.3em 0}
</style></head><body>
<p class="mark">${mark}</p>
<h1>营业执照</h1>
<table>${rows.map(([k, v]) => `<tr><th>${k}</th><td>${escape(v)}</td></tr>`).join('')}</table>
<p>获取时间：${escape(formatCst(new Date(snapshot.fetchedAt)))}（北京时间）</p>
<div class="watermark" aria-hidden="true">${mark}</div>
</body></html>
`;
  return new TextEncoder().encode(html);
}
