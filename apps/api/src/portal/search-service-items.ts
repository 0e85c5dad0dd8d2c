import { GraphQLError } from 'graphql';
import type { Context } from '../context.ts';
import type { SearchMatch, ServiceAudience } from '../generated/graphql.ts';
import { Prisma } from '../generated/prisma/client.ts';
import type { ServiceItem } from '../generated/prisma/client.ts';
import { invalidCursor, pageSize, toPage } from '../lib/connection.ts';
import { decodeCursor, encodeCursor } from '../lib/global-id.ts';
import { normaliseSearchText } from '../catalogue/index.ts';

/** The longest search text accepted (after trimming). */
export const SEARCH_MAX_LENGTH = 50;

/**
 * The rank of each kind of match, best first; an item's score is its best match. The name beats a synonym,
 * a synonym beats pinyin; whole beats prefix beats inside. Ties: shorter names, then the item code.
 */
export const SEARCH_SCORES = {
  nameExact: 100,
  namePrefix: 90,
  nameInside: 80,
  synonymExact: 75,
  initialsExact: 70,
  pinyinExact: 70,
  synonymPrefix: 65,
  initialsPrefix: 60,
  pinyinPrefix: 55,
  synonymInside: 50,
  initialsInside: 45,
  pinyinInside: 40,
} as const;

export interface SearchHitModel {
  item: ServiceItem;
  matchedBy: SearchMatch;
  synonym: string | null;
  highlights: { start: number; length: number }[];
  score: number;
}

type Row = ServiceItem & {
  score: number;
  name_score: number;
  synonym_score: number;
  synonym: string | null;
  initials_at: number;
  pinyin_at: number;
  initials_score: number;
  pinyin_score: number;
  total: number;
};

const S = SEARCH_SCORES;

/**
 * 首页 search over the service items: by name (the words as typed), by reviewed synonym, by pinyin initials
 * (`wstz`) and by pinyin from a syllable's start (`waishang`, `touzixiangmu`). The pinyin keys are columns
 * written with the name (catalogue/search-keys.ts); nothing is converted per query. Initials and pinyin need
 * at least two letters, so one letter does not list the whole catalogue.
 */
export async function searchServiceItems(
  ctx: Pick<Context, 'db'>,
  input: { query: string; audience?: ServiceAudience | null; first?: number | null; after?: string | null },
): Promise<{ page: ReturnType<typeof toPage<SearchHitModel>>; totalCount: number }> {
  const size = pageSize(input.first);
  const raw = input.query.trim();
  if (raw.length === 0 || [...raw].length > SEARCH_MAX_LENGTH) {
    throw new GraphQLError(`"query" must be 1–${SEARCH_MAX_LENGTH} characters.`, {
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'query' },
    });
  }
  let offset = 0;
  if (input.after) {
    const parts = decodeCursor(input.after);
    if (
      !parts ||
      parts.length !== 1 ||
      typeof parts[0] !== 'number' ||
      !Number.isInteger(parts[0]) ||
      parts[0] < 0
    ) {
      throw invalidCursor();
    }
    offset = parts[0] + 1;
  }
  const norm = normaliseSearchText(raw);
  const letters = /^[a-z]{2,}$/.test(norm) ? norm : null;
  const like = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
  const rawLike = like(raw.toLowerCase());
  const normLike = like(norm);
  const audience = input.audience
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM "service_item_categories" ic JOIN "service_categories" c ON c."id" = ic."category_id"
                  WHERE ic."item_id" = i."id" AND c."audience" = ${input.audience}::"ServiceAudience")`
    : Prisma.empty;

  const rows = await ctx.db.$queryRaw<Row[]>`
    WITH scored AS (
      SELECT i.*,
        CASE WHEN lower(i."name") = ${raw.toLowerCase()} THEN ${S.nameExact}::int
             WHEN lower(i."name") LIKE ${rawLike} || '%' THEN ${S.namePrefix}::int
             WHEN lower(i."name") LIKE '%' || ${rawLike} || '%' THEN ${S.nameInside}::int ELSE 0 END AS name_score,
        COALESCE(syn.score, 0) AS synonym_score, syn.term AS synonym,
        CASE WHEN ${letters}::text IS NULL THEN 0 ELSE strpos(i."name_initials", ${letters}::text) END AS initials_at,
        CASE WHEN ${letters}::text IS NULL THEN 0
             ELSE COALESCE((SELECT min(k) FROM generate_subscripts(i."name_syllables", 1) k
                             WHERE array_to_string(i."name_syllables"[k:], '') LIKE ${normLike} || '%'), 0) END AS pinyin_at
      FROM "service_items" i
      LEFT JOIN LATERAL (
        SELECT s."term",
               CASE WHEN s."term" = ${norm} THEN ${S.synonymExact}::int
                    WHEN s."term" LIKE ${normLike} || '%' THEN ${S.synonymPrefix}::int ELSE ${S.synonymInside}::int END AS score
          FROM "service_item_synonyms" s
         WHERE s."item_id" = i."id" AND s."term" LIKE '%' || ${normLike} || '%'
         ORDER BY 2 DESC, s."term" LIMIT 1
      ) syn ON true
      WHERE true ${audience}
    ), keyed AS (
      SELECT scored.*,
        CASE WHEN initials_at = 0 THEN 0 WHEN "name_initials" = ${letters}::text THEN ${S.initialsExact}::int
             WHEN initials_at = 1 THEN ${S.initialsPrefix}::int ELSE ${S.initialsInside}::int END AS initials_score,
        CASE WHEN pinyin_at = 0 THEN 0 WHEN "name_pinyin" = ${letters}::text THEN ${S.pinyinExact}::int
             WHEN pinyin_at = 1 THEN ${S.pinyinPrefix}::int ELSE ${S.pinyinInside}::int END AS pinyin_score
      FROM scored
    ), ranked AS (
      SELECT keyed.*, GREATEST(name_score, synonym_score, initials_score, pinyin_score) AS score FROM keyed
    )
    SELECT ranked.*, (count(*) OVER ())::int AS total FROM ranked WHERE score > 0
    ORDER BY score DESC, char_length("name"), "code"
    OFFSET ${offset}::int LIMIT ${size + 1}::int`;

  const numeric = [
    'score',
    'name_score',
    'synonym_score',
    'initials_at',
    'pinyin_at',
    'initials_score',
    'pinyin_score',
    'total',
  ] as const;
  for (const row of rows) for (const key of numeric) row[key] = Number(row[key]);
  const hits = rows.map((row, index) => ({ hit: toHit(row, raw), position: offset + index }));
  const page = toPage(hits, size, offset > 0, ({ position }) => encodeCursor([position]));
  const totalCount = rows[0]?.total ?? (offset > 0 ? offset : 0);
  return {
    page: {
      ...page,
      nodes: page.nodes.map(({ hit }) => hit),
      edges: page.edges.map(({ cursor, node }) => ({ cursor, node: node.hit })),
    },
    totalCount,
  };
}

function toHit(row: Row, raw: string): SearchHitModel {
  const item = fromColumns(row as unknown as Record<string, unknown>);
  const base = { item, score: row.score, synonym: null };
  if (row.name_score === row.score) {
    const at = item.name.toLowerCase().indexOf(raw.toLowerCase());
    const start = [...item.name.slice(0, at)].length;
    return { ...base, matchedBy: 'NAME', highlights: [{ start, length: [...raw].length }] };
  }
  if (row.synonym_score === row.score) {
    return { ...base, matchedBy: 'SYNONYM', synonym: row.synonym, highlights: [] };
  }
  const letters = normaliseSearchText(raw);
  if (row.initials_score >= row.pinyin_score) {
    return {
      ...base,
      matchedBy: 'INITIALS',
      highlights: [{ start: row.initials_at - 1, length: letters.length }],
    };
  }
  // Pinyin: from syllable pinyin_at, the characters whose syllables the letters reach into.
  let length = 0;
  for (let used = 0, k = row.pinyin_at - 1; used < letters.length && k < item.nameSyllables.length; k += 1) {
    used += item.nameSyllables[k]!.length;
    length += 1;
  }
  return { ...base, matchedBy: 'PINYIN', highlights: [{ start: row.pinyin_at - 1, length }] };
}

/** The raw query's snake_case columns as the Prisma model (the resolvers of ServiceItem expect it). */
function fromColumns(row: Record<string, unknown>): ServiceItem {
  return {
    id: row.id as string,
    code: row.code as string,
    name: row.name as string,
    departmentId: row.department_id as string,
    onlineApplicable: row.online_applicable as boolean,
    promisedDays: row.promised_days as number | null,
    createdAt: row.created_at as Date,
    nameSyllables: row.name_syllables as string[],
    namePinyin: row.name_pinyin as string,
    nameInitials: row.name_initials as string,
    conditions: row.conditions as string | null,
    fee: row.fee as string | null,
    place: row.place as string | null,
    consultPhone: row.consult_phone as string | null,
  };
}
