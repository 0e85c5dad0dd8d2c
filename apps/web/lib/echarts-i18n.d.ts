// ECharts ships its locale objects without type declarations.
declare module 'echarts/i18n/langZH-obj.js' {
  const lang: Record<string, unknown>;
  export default lang;
}
