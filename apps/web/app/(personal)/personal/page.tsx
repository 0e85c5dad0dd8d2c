import type { Metadata } from 'next';
import Link from 'next/link';
import { Card, Col, Row, Statistic } from 'antd';
import { PersonalProfile } from '@/components/personal/PersonalProfile';
import { CASE_LISTS, CASE_LIST_LABELS } from '@/lib/labels';
import { getPersonalSpace } from '@/lib/personal';
import { Title } from '@/components/typography';

export const metadata: Metadata = { title: '个人空间' };

export default async function PersonalPage() {
  const space = await getPersonalSpace();
  if (!space) return null; // the layout has already redirected
  return (
    <>
      <Title level={3} style={{ marginTop: 0 }}>
        个人空间
      </Title>
      <PersonalProfile user={space.me} />
      <Title level={4}>我的办件</Title>
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
