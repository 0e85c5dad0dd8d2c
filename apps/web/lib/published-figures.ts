import { unstable_cache } from 'next/cache';
import { graphql } from '@/gql';
import { anonymousQuery } from './anonymous-query';
import { PUBLISHED_CACHE_SECONDS } from './published-cache';

const PublishedFiguresQuery = graphql(`
  query PublishedFigures {
    evaluationRules {
      replyWindowDays
    }
    publishedFigures {
      monthFrom
      monthTo
      yearFrom
      yearTo
      asOf
      month {
        department {
          id
          name
        }
        total
        goodRate
        badRate
        onTimeReplyRate
        onTimeCompletionRate
      }
      year {
        department {
          id
          name
        }
        total
        goodRate
        badRate
        onTimeReplyRate
        onTimeCompletionRate
      }
    }
  }
`);

async function fetchPublishedFigures() {
  const { publishedFigures, evaluationRules } = await anonymousQuery(PublishedFiguresQuery, {});
  return { ...publishedFigures, replyWindowDays: evaluationRules.replyWindowDays };
}

/** The published figures, anonymous and cached (see PUBLISHED_CACHE_SECONDS). */
export const loadPublishedFigures = unstable_cache(fetchPublishedFigures, ['published-figures-v2'], {
  revalidate: PUBLISHED_CACHE_SECONDS,
});

export type PublishedFigures = Awaited<ReturnType<typeof fetchPublishedFigures>>;

/** The open-data fields, in order: the CSV's columns and the JSON's keys (documented in the README). */
export const OPEN_DATA_FIELDS = [
  ['period', '统计期间'],
  ['from', '起'],
  ['to', '止'],
  ['department', '部门'],
  ['total', '评价总量'],
  ['goodRate', '好评率'],
  ['badRate', '差评率'],
  ['onTimeReplyRate', '按时回复率'],
  ['onTimeCompletionRate', '按时办结率'],
] as const;

/** One record per department and period (rates as fractions 0–1, null when there is nothing to divide). */
export function openDataRecords(figures: PublishedFigures) {
  const periods = [
    { period: 'month', from: figures.monthFrom, to: figures.monthTo, rows: figures.month },
    { period: 'year', from: figures.yearFrom, to: figures.yearTo, rows: figures.year },
  ];
  return periods.flatMap(({ period, from, to, rows }) =>
    rows.map((row) => ({
      period,
      from,
      to,
      department: row.department.name,
      total: row.total,
      goodRate: row.goodRate ?? null,
      badRate: row.badRate ?? null,
      onTimeReplyRate: row.onTimeReplyRate ?? null,
      onTimeCompletionRate: row.onTimeCompletionRate ?? null,
    })),
  );
}
