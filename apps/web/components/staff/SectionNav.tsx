'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

/**
 * The pages of one workbench as a row of links (e.g. 部门办件 | 差评回复), the current one marked. Plain links,
 * so the navigation works before hydration too.
 */
export function SectionNav(props: { label: string; links: readonly { href: string; label: string }[] }) {
  const pathname = usePathname() ?? ''; // null only under the Pages Router, which never renders this
  const current = props.links
    .filter((link) => pathname === link.href || pathname.startsWith(`${link.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <nav className="section-nav" aria-label={props.label}>
      {props.links.map((link) => (
        <Link
          key={link.href}
          href={link.href}
          className={link === current ? 'section-nav__link section-nav__link--current' : 'section-nav__link'}
          aria-current={link === current ? 'page' : undefined}
        >
          {link.label}
        </Link>
      ))}
    </nav>
  );
}
