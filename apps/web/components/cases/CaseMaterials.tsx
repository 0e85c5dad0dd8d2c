import { graphql, useFragment, type FragmentType } from '@/gql';
import { formatBytes } from '@/lib/decimal-text';
import { formatDateTime } from '@/lib/format';
import { TRUST_LEVEL_LABELS } from '@/lib/labels';
import { LicenseSnapshotView } from '@/components/licenses/LicenseSnapshotView';
import { ScrollRegion } from '@/components/layout/ScrollRegion';

export const MaterialsFragment = graphql(`
  fragment CaseMaterials_Case on Case {
    materials {
      id
      name
      trustLevel
      fileName
      sizeBytes
      downloadUrl
      createdAt
      isCorrection
      licenseSnapshot {
        ...LicenseSnapshotView_Snapshot
      }
    }
  }
`);

const HEADINGS = ['材料名称', '可信等级', '文件', '大小', '提交时间', '操作'] as const;

/**
 * 申请材料 of a case: trust level, file, size and 查看/下载; a fetched license also shows its data and mark
 * in a row of its own. A plain table, server-rendered, with no script.
 */
export function CaseMaterials(props: { case: FragmentType<typeof MaterialsFragment> }) {
  const { materials } = useFragment(MaterialsFragment, props.case);
  return (
    <ScrollRegion label="申请材料" minWidth={640}>
      <table className="data-table case-materials" data-testid="case-materials">
        <thead>
          <tr>
            {HEADINGS.map((heading) => (
              <th key={heading} scope="col">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {materials.flatMap((row) => [
            <tr key={row.id} className="data-table__row">
              <td>
                {row.name}
                {row.isCorrection && (
                  <span className="status-tag status-tag--orange case-materials__tag">补正材料</span>
                )}
              </td>
              <td>
                {row.licenseSnapshot ? (
                  <span className="status-tag status-tag--green">证照库（A级）</span>
                ) : (
                  (TRUST_LEVEL_LABELS[row.trustLevel] ?? row.trustLevel)
                )}
              </td>
              <td>{row.fileName || '—'}</td>
              <td className="data-table__nowrap">{formatBytes(row.sizeBytes) || '—'}</td>
              <td className="data-table__nowrap">{formatDateTime(row.createdAt)}</td>
              <td className="data-table__nowrap">
                {row.downloadUrl ? (
                  <>
                    <a href={row.downloadUrl} target="_blank" rel="noreferrer">
                      查看
                    </a>
                    {' / '}
                    <a href={`${row.downloadUrl}?download=1`} download>
                      下载
                    </a>
                  </>
                ) : (
                  '—'
                )}
              </td>
            </tr>,
            row.licenseSnapshot && (
              <tr key={`${row.id}-license`}>
                <td colSpan={HEADINGS.length}>
                  <LicenseSnapshotView snapshot={row.licenseSnapshot} />
                </td>
              </tr>
            ),
          ])}
          {materials.length === 0 && (
            <tr>
              <td colSpan={HEADINGS.length} className="data-table__empty">
                暂无材料
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
