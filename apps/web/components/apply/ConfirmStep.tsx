import { formatBytes } from '@/lib/decimal-text';
import { CURRENCY_LABELS } from '@/lib/labels';
import type { DraftMaterialFragment } from '@/gql/graphql';
import { FieldGrid, type FieldGridItem } from '@/components/layout/FieldGrid';
import type { ChecklistEntry } from './MaterialsStep';
import { filledInvestors, type ProjectValues } from './project-values';

function Fields(props: { title: string; items: FieldGridItem[] }) {
  return (
    <section className="section">
      <h2 className="section__title">{props.title}</h2>
      <FieldGrid className="field-grid--one" items={props.items} />
    </section>
  );
}

/** Step 3, 确认提交: what is still missing, the 项目信息 as typed and each material as provided (plain HTML). */
export function ConfirmStep(props: {
  values: ProjectValues;
  missing: string[];
  checklist: ChecklistEntry[];
  materials: readonly DraftMaterialFragment[];
}) {
  const { values, missing } = props;
  return (
    <>
      {missing.length > 0 && (
        <div className="form-alert form-alert--warning">
          <strong>尚缺：{missing.join('、')}</strong>
          <div>请返回上一步补全后再提交。</div>
        </div>
      )}
      <Fields
        title="项目信息"
        items={[
          { key: 'name', label: '项目名称', children: values.projectName || '—' },
          { key: 'location', label: '建设地点', children: values.location || '—' },
          {
            key: 'investment',
            label: '总投资',
            children: values.amount ? `${values.amount}万元（${CURRENCY_LABELS[values.currency]}）` : '—',
          },
          {
            key: 'investors',
            label: '外国投资者',
            children:
              filledInvestors(values)
                .map((i) => `${i.name}（${i.countryOrRegion}）${i.sharePercent}%`)
                .join('；') || '—',
          },
          { key: 'industry', label: '所属行业', children: values.industry || '—' },
          { key: 'content', label: '建设内容', children: values.constructionContent || '—' },
        ]}
      />
      <Fields
        title="申请材料"
        items={props.checklist.map((entry) => {
          const files = props.materials.filter((m) => m.itemMaterial?.id === entry.id);
          return {
            key: entry.id,
            label: `${entry.name}${entry.required ? '' : '（可选）'}`,
            children:
              files.length === 0 ? (
                <span className={entry.required ? 'text-danger' : 'text-secondary'}>未提供</span>
              ) : (
                files
                  .map((m) =>
                    m.licenseSnapshot
                      ? '证照库（A级）'
                      : `${m.fileName ?? m.name}（${formatBytes(m.sizeBytes)}）`,
                  )
                  .join('；')
              ),
          };
        })}
      />
    </>
  );
}
