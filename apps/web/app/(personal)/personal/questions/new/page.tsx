import type { Metadata } from 'next';
import { AskQuestionForm } from '@/components/questions/AskQuestionForm';
import { graphql } from '@/gql';
import { firstValue, type SearchParams } from '@/lib/cursor-paging';
import { isQuestionKind, QUESTION_KIND_LABELS } from '@/lib/labels';
import { serverQuery } from '@/lib/urql-server';
import { PageTitle } from '@/components/layout/PageTitle';

export const metadata: Metadata = { title: '我要咨询或投诉' };

const AskQuestionPageQuery = graphql(`
  query AskQuestionPage {
    questionRules {
      bodyMaxLength
      answerWorkingDays
    }
    catalogueItems(first: 100) {
      nodes {
        id
        name
        department {
          name
        }
      }
    }
  }
`);

/**
 * 我要咨询 / 我要投诉: from 咨询投诉 or an item's 办事指南 (`?item=<id>&kind=CONSULTATION|COMPLAINT`), the item
 * chosen already when it came from there.
 */
export default async function AskQuestionPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const requestedKind = firstValue(params.kind);
  const kind = isQuestionKind(requestedKind) ? requestedKind : 'CONSULTATION';
  const { questionRules, catalogueItems } = await serverQuery(AskQuestionPageQuery, {});
  const items = catalogueItems.nodes.map((item) => ({
    id: item.id,
    name: item.name,
    departmentName: item.department.name,
  }));
  const itemId = items.find((item) => item.id === firstValue(params.item))?.id;
  return (
    <>
      <PageTitle>我要{QUESTION_KIND_LABELS[kind]}</PageTitle>
      <p className="text-secondary">
        事项的实施部门在 {questionRules.answerWorkingDays}{' '}
        个工作日内（截止当日24:00，北京时间）答复，答复可在“我的互动 →
        咨询投诉”中查看，并以消息通知和短信告知。
      </p>
      <AskQuestionForm
        items={items}
        itemId={itemId}
        kind={kind}
        bodyMaxLength={questionRules.bodyMaxLength}
      />
    </>
  );
}
