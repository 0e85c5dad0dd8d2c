import { unstable_cache } from 'next/cache';
import { graphql } from '@/gql';
import type { ServiceAudience } from '@/gql/graphql';
import { anonymousQuery } from './anonymous-query';
import { getApiGraphqlUrl } from './api-url';

/**
 * How long the web server keeps the portal's public data (Next's data cache, shared by every visitor): the
 * home page's categories, 热门事项 and notices, each item's 办事指南 and search results. Within it a visit
 * never reaches the API; a notice published by the administrator shows within this time.
 */
export const PORTAL_CACHE_SECONDS = 60;

const HomeQuery = graphql(`
  query PortalHome {
    serviceCategories {
      id
      code
      name
      audience
      kind
      items {
        id
        name
      }
    }
    popularServiceItems(first: 8) {
      caseCount
      item {
        id
        name
        department {
          id
          name
        }
      }
    }
    notices(first: 5) {
      nodes {
        id
        title
        publishedAt
      }
    }
  }
`);

const SearchQuery = graphql(`
  query PortalSearch($query: String!, $audience: ServiceAudience, $first: Int!, $after: String) {
    searchServiceItems(query: $query, audience: $audience, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        matchedBy
        synonym
        highlights {
          start
          length
        }
        item {
          id
          name
          onlineApplicable
          applicationForm
          promisedDays
          department {
            id
            name
          }
        }
      }
    }
  }
`);

const ItemGuideQuery = graphql(`
  query PortalItemGuide($id: ID!) {
    node(id: $id) {
      __typename
      ... on ServiceItem {
        id
        code
        name
        onlineApplicable
        applicationForm
        promisedDays
        conditions
        fee
        place
        consultPhone
        department {
          id
          name
        }
        materials {
          id
          name
          required
          licenseType
        }
        categories {
          id
          name
          audience
        }
      }
    }
  }
`);

const NoticeQuery = graphql(`
  query PortalNotice($id: ID!) {
    node(id: $id) {
      __typename
      ... on Notice {
        id
        title
        body
        publishedAt
      }
    }
  }
`);

/**
 * Part of every cache key: the API the data came from. Next keeps its data cache on disk across restarts, so a
 * web server pointed at another API (another database: the browser tests make a new one per run) must not
 * serve the old one's IDs.
 */
const SCOPE = getApiGraphqlUrl();

/** The cache tag of data holding notices: publishing or withdrawing one refreshes it at once (updateTag). */
export const NOTICES_TAG = 'portal-notices';

export const loadPortalHome = unstable_cache(() => anonymousQuery(HomeQuery, {}), ['portal-home-v1', SCOPE], {
  revalidate: PORTAL_CACHE_SECONDS,
  tags: [NOTICES_TAG],
});

export type PortalHome = Awaited<ReturnType<typeof loadPortalHome>>;

export const SEARCH_PAGE_SIZE = 20;

export const searchItems = unstable_cache(
  async (query: string, audience: ServiceAudience | null, after: string | null) =>
    (await anonymousQuery(SearchQuery, { query, audience, first: SEARCH_PAGE_SIZE, after }))
      .searchServiceItems,
  ['portal-search-v1', SCOPE],
  { revalidate: PORTAL_CACHE_SECONDS },
);

export type SearchResults = Awaited<ReturnType<typeof searchItems>>;

export const loadItemGuide = unstable_cache(
  async (id: string) => {
    const node = (await anonymousQuery(ItemGuideQuery, { id })).node;
    return node?.__typename === 'ServiceItem' ? node : null;
  },
  ['portal-item-guide-v1', SCOPE],
  { revalidate: PORTAL_CACHE_SECONDS },
);

export type ItemGuide = NonNullable<Awaited<ReturnType<typeof loadItemGuide>>>;

export const loadNotice = unstable_cache(
  async (id: string) => {
    const node = (await anonymousQuery(NoticeQuery, { id })).node;
    return node?.__typename === 'Notice' ? node : null;
  },
  ['portal-notice-v1', SCOPE],
  { revalidate: PORTAL_CACHE_SECONDS, tags: [NOTICES_TAG] },
);

export type Notice = NonNullable<Awaited<ReturnType<typeof loadNotice>>>;
