import Descriptions, { type DescriptionsProps } from 'antd/es/descriptions';

/**
 * Ant Design's Descriptions in two columns on desktops and one on phones, decided by CSS (globals.css,
 * `.descriptions--two`), not by Descriptions' responsive `column={{ xs: 1, md: 2 }}`: that one is resolved
 * by a screen observer after hydration, so the server's HTML had three columns (Ant Design's default) until
 * then — 业务编号 and 统一社会信用代码 squeezed a character per line at 1024 px and on phones, and the
 * layout shifted once React ran. An item with `span: 2` takes the whole row.
 */
export function TwoColumnDescriptions({
  className,
  ...props
}: Omit<DescriptionsProps, 'column'> & { items: NonNullable<DescriptionsProps['items']> }) {
  return (
    <Descriptions
      {...props}
      column={2}
      className={className ? `descriptions--two ${className}` : 'descriptions--two'}
    />
  );
}
