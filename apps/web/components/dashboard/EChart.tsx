'use client';

import { useEffect, useRef } from 'react';
import { useRouter } from 'next/navigation';

/** A plain (JSON) ECharts option, built on the server. */
export type ChartOption = Record<string, unknown>;

/**
 * One chart, drawn in the browser with ECharts (loaded on first use) in Chinese. The chart is an image for
 * assistive technology (`label`); the data table beside it (DataTable) carries the numbers and the same
 * links. `links[series][category]`, when given, opens the list behind a bar or point.
 */
export function EChart(props: {
  option: ChartOption;
  label: string;
  height?: number;
  links?: (string | null)[][];
}) {
  const ref = useRef<HTMLDivElement>(null);
  const router = useRouter();
  const { option, links } = props;
  useEffect(() => {
    let disposed = false;
    let cleanup = () => {};
    void import('@/lib/echarts').then(({ echarts }) => {
      if (disposed || !ref.current) return;
      const chart = echarts.init(ref.current, null, { renderer: 'svg', locale: 'ZH' });
      chart.setOption({
        textStyle: { fontFamily: 'inherit' },
        tooltip: { trigger: 'axis' },
        grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
        ...option,
      });
      if (links) {
        chart.on('click', (event) => {
          const href = links[event.seriesIndex ?? 0]?.[event.dataIndex];
          if (href) router.push(href);
        });
      }
      const observer = new ResizeObserver(() => chart.resize());
      observer.observe(ref.current);
      cleanup = () => {
        observer.disconnect();
        chart.dispose();
      };
    });
    return () => {
      disposed = true;
      cleanup();
    };
  }, [option, links, router]);
  return (
    <div
      ref={ref}
      className="dashboard-chart"
      role="img"
      aria-label={props.label}
      style={{ height: props.height ?? 280 }}
    />
  );
}
