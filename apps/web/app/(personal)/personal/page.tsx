import type { Metadata } from 'next';
import Link from 'next/link';
import Card from 'antd/es/card';
import Col from 'antd/es/col';
import Row from 'antd/es/row';
import Statistic from 'antd/es/statistic';
import { PersonalProfile } from '@/components/personal/PersonalProfile';
import { CASE_LISTS, CASE_LIST_LABELS } from '@/lib/labels';
import { getPersonalSpace } from '@/lib/personal';
import { Title } from '@/components/typography';
import { PageTitle } from '@/components/layout/PageTitle';

export const metadata: Metadata = {
  title: '个人空间',
  description: '个人空间：个人信息，以及在办件、办结件等我的办件数量。',
};

export default async function PersonalPage() {
  const space = await getPersonalSpace();
  if (!space) return null; // the layout has already redirected
  return (
    <>
      <PageTitle>个人空间</PageTitle>
      <PersonalProfile user={space.me} />
      <Title level={2} style={{ fontSize: 18 }}>
        我的办件
      </Title>
      <Row gutter={[16, 16]}>
        {CASE_LISTS.map((list) => (
          <Col key={list} xs={12} md={8} lg={4}>
            <Link href={`/personal/cases?list=${list}`}>
              <Card hoverable size="small">
                <Statistic title={CASE_LIST_LABELS[list]} value={space.counts[list] ?? 0} suffix="件" />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </>
  );
}
