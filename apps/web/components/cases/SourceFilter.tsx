'use client';

import { useTransition } from 'react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { Select } from 'antd';
import { CASE_SOURCES, CASE_SOURCE_LABELS, isCaseSource } from '@/lib/labels';

const ALL = 'ALL';

/** 来源 filter; changing it updates the URL (and starts again from the first page). */
export function SourceFilter() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();
  const current = searchParams.get('source');

  function onChange(value: string) {
    const next = new URLSearchParams(searchParams);
    next.delete('after');
    next.delete('trail');
    if (value === ALL) next.delete('source');
    else next.set('source', value);
    startTransition(() => router.push(`${pathname}?${next.toString()}`));
  }

  return (
    <Select
      aria-label="来源"
      style={{ width: 140 }}
      value={isCaseSource(current) ? current : ALL}
      loading={pending}
      onChange={onChange}
      options={[
        { value: ALL, label: '全部来源' },
        ...CASE_SOURCES.map((source) => ({ value: source, label: CASE_SOURCE_LABELS[source] })),
      ]}
    />
  );
}
