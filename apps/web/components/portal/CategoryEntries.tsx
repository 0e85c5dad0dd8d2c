import Link from 'next/link';
import type { ServiceAudience, ServiceCategoryKind } from '@/gql/graphql';
import { SERVICE_AUDIENCE_LABELS, SERVICE_CATEGORY_KIND_LABELS } from '@/lib/labels';
import type { PortalHome } from '@/lib/portal';
import { itemHref } from '@/lib/portal-links';

const KINDS: readonly ServiceCategoryKind[] = ['LIFE_EVENT', 'TOPIC'];

/** 个人办事 or 法人办事: the audience's categories by life event and by topic, each with its items. */
export function CategoryEntries(props: {
  audience: ServiceAudience;
  categories: PortalHome['serviceCategories'];
}) {
  const id = `entries-${props.audience.toLowerCase()}`;
  return (
    <section className="portal-section" aria-labelledby={id}>
      <h2 id={id}>{SERVICE_AUDIENCE_LABELS[props.audience]}</h2>
      {KINDS.map((kind) => {
        const categories = props.categories.filter(
          (category) => category.audience === props.audience && category.kind === kind,
        );
        if (categories.length === 0) return null;
        return (
          <div key={kind} className="portal-entries">
            <h3>{SERVICE_CATEGORY_KIND_LABELS[props.audience][kind]}</h3>
            <ul className="portal-categories">
              {categories.map((category) => (
                <li key={category.id} className="portal-category">
                  <span className="portal-category__name">{category.name}</span>
                  <ul>
                    {category.items.map((item) => (
                      <li key={item.id}>
                        <Link prefetch={false} href={itemHref(item.id)}>
                          {item.name}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
