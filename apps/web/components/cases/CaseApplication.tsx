import { graphql, useFragment, type FragmentType } from '@/gql';
import { CURRENCY_LABELS } from '@/lib/labels';
import { FieldGrid } from '@/components/layout/FieldGrid';

export const CaseApplicationFragment = graphql(`
  fragment CaseApplication_Case on Case {
    application {
      foreignInvestmentProject {
        projectName
        location
        totalInvestment {
          amount
          currency
        }
        investors {
          name
          countryOrRegion
          sharePercent
        }
        industry
        constructionContent
      }
    }
  }
`);

const orDash = (value: string | null | undefined) => value || '—';

/** 项目信息 of an online application (外商投资项目核准), when the case has form data. */
export function CaseApplication(props: { case: FragmentType<typeof CaseApplicationFragment> }) {
  const project = useFragment(CaseApplicationFragment, props.case).application?.foreignInvestmentProject;
  if (!project) return null;
  const money = project.totalInvestment;
  return (
    <>
      <h2 className="section__title">项目信息</h2>
      <FieldGrid
        className="field-grid--one section"
        items={[
          { key: 'name', label: '项目名称', children: orDash(project.projectName) },
          { key: 'location', label: '建设地点', children: orDash(project.location) },
          {
            key: 'investment',
            label: '总投资',
            children: money?.amount
              ? `${money.amount}万元（${CURRENCY_LABELS[money.currency ?? 'CNY']}）`
              : '—',
          },
          {
            key: 'investors',
            label: '外国投资者',
            children:
              project.investors
                .map((i) => `${i.name ?? ''}（${i.countryOrRegion ?? ''}）持股${i.sharePercent ?? ''}%`)
                .join('；') || '—',
          },
          { key: 'industry', label: '所属行业', children: orDash(project.industry) },
          { key: 'content', label: '建设内容', children: orDash(project.constructionContent) },
        ]}
      />
    </>
  );
}
