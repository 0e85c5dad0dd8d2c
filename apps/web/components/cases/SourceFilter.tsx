'use client';

import { useTransition, type ChangeEvent } from 'react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { CASE_SOURCES, CASE_SOURCE_LABELS, isCaseSource } from '@/lib/labels';

const ALL = 'ALL';

/** 来源 filter, a native select; changing it updates the URL (and starts again from the first page). */
export function SourceFilter() {
  const router = useRouter();
  const pathname = usePathname();
  // Null only under the Pages Router (pages/), which never renders this component.
  const searchParams = useSearchParams() ?? new URLSearchParams();
  const [pending, startTransition] = useTransition();
  const current = searchParams.get('source');

  function onChange(event: ChangeEvent<HTMLSelectElement>) {
    const next = new URLSearchParams(searchParams);
    next.delete('after');
    next.delete('trail');
    if (event.target.value === ALL) next.delete('source');
    else next.set('source', event.target.value);
    startTransition(() => router.push(`${pathname}?${next.toString()}`));
  }

  return (
    <select
      aria-label="来源"
      className="select-input"
      value={isCaseSource(current) ? current : ALL}
      onChange={onChange}
      aria-busy={pending}
    >
      <option value={ALL}>全部来源</option>
      {CASE_SOURCES.map((source) => (
        <option key={source} value={source}>
          {CASE_SOURCE_LABELS[source]}
        </option>
      ))}
    </select>
  );
}
