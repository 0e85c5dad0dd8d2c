// ECharts for the dashboards only: the tree-shaken core with the charts and components they draw, the SVG
// renderer and the Chinese locale. Loaded by dynamic import from components/dashboard/EChart.tsx, so no other
// page ships it.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import langZH from 'echarts/i18n/langZH-obj.js';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);
echarts.registerLocale('ZH', langZH as Parameters<typeof echarts.registerLocale>[1]);

export { echarts };
