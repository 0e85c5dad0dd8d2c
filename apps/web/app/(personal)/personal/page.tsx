import type { Metadata } from 'next';
import Link from 'next/link';
import { PersonalProfile } from '@/components/personal/PersonalProfile';
import { CASE_LISTS, CASE_LIST_LABELS } from '@/lib/labels';
import { getPersonalSpace } from '@/lib/personal';
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
      <section aria-labelledby="personal-cases-title" className="section">
        <h2 id="personal-cases-title" className="section__title">
          我的办件
        </h2>
        <ul className="count-cards">
          {CASE_LISTS.map((list) => (
            <li key={list}>
              <Link href={`/personal/cases?list=${list}`} className="count-card">
                <span className="count-card__label">{CASE_LIST_LABELS[list]}</span>
                <span className="count-card__value">
                  {space.counts[list] ?? 0}
                  <span className="count-card__unit">件</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
