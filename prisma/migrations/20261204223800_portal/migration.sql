-- CreateEnum
CREATE TYPE "ServiceAudience" AS ENUM ('PERSONAL', 'LEGAL');

-- CreateEnum
CREATE TYPE "ServiceCategoryKind" AS ENUM ('LIFE_EVENT', 'TOPIC');

-- AlterTable
ALTER TABLE "service_items" ADD COLUMN     "conditions" TEXT,
ADD COLUMN     "consult_phone" TEXT,
ADD COLUMN     "fee" TEXT,
ADD COLUMN     "name_initials" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "name_pinyin" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "name_syllables" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "place" TEXT;

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "care_mode" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "service_categories" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "audience" "ServiceAudience" NOT NULL,
    "kind" "ServiceCategoryKind" NOT NULL,
    "name" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "service_categories_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_item_categories" (
    "item_id" UUID NOT NULL,
    "category_id" UUID NOT NULL,

    CONSTRAINT "service_item_categories_pkey" PRIMARY KEY ("item_id","category_id")
);

-- CreateTable
CREATE TABLE "service_item_synonyms" (
    "item_id" UUID NOT NULL,
    "term" TEXT NOT NULL,

    CONSTRAINT "service_item_synonyms_pkey" PRIMARY KEY ("item_id","term")
);

-- CreateTable
CREATE TABLE "notices" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "author_id" UUID NOT NULL,
    "published_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "notices_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "service_categories_code_key" ON "service_categories"("code");

-- CreateIndex
CREATE UNIQUE INDEX "service_categories_audience_kind_name_key" ON "service_categories"("audience", "kind", "name");

-- CreateIndex
CREATE INDEX "service_item_categories_category_id_idx" ON "service_item_categories"("category_id");

-- CreateIndex
CREATE INDEX "service_item_synonyms_term_idx" ON "service_item_synonyms"("term");

-- CreateIndex
CREATE INDEX "notices_published_at_id_idx" ON "notices"("published_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "service_items_name_pinyin_idx" ON "service_items"("name_pinyin");

-- CreateIndex
CREATE INDEX "service_items_name_initials_idx" ON "service_items"("name_initials");

-- AddForeignKey
ALTER TABLE "service_item_categories" ADD CONSTRAINT "service_item_categories_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "service_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_item_categories" ADD CONSTRAINT "service_item_categories_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "service_categories"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_item_synonyms" ADD CONSTRAINT "service_item_synonyms_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "service_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notices" ADD CONSTRAINT "notices_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Prefix look-ups (LIKE 'wstz%') use these whatever the database's collation.
CREATE INDEX "service_items_name_pinyin_prefix_idx" ON "service_items" ("name_pinyin" text_pattern_ops);
CREATE INDEX "service_items_name_initials_prefix_idx" ON "service_items" ("name_initials" text_pattern_ops);
CREATE INDEX "service_item_synonyms_term_prefix_idx" ON "service_item_synonyms" ("term" text_pattern_ops);

-- Search keys are lower-case and stay in step: as many syllables as the name has characters, the initials
-- one letter per syllable.
ALTER TABLE "service_items" ALTER COLUMN "name_syllables" SET NOT NULL;
ALTER TABLE "service_items" ADD CONSTRAINT "service_items_search_keys" CHECK (
  "name_pinyin" = lower("name_pinyin") AND "name_initials" = lower("name_initials")
  AND ("name_pinyin" = '' OR (cardinality("name_syllables") = char_length("name")
       AND char_length("name_initials") = cardinality("name_syllables")
       AND "name_pinyin" = array_to_string("name_syllables", '')))
);

ALTER TABLE "service_item_synonyms" ADD CONSTRAINT "service_item_synonyms_term" CHECK (
  "term" = lower(btrim("term")) AND char_length("term") BETWEEN 1 AND 30
);
ALTER TABLE "service_categories" ADD CONSTRAINT "service_categories_name" CHECK (char_length(btrim("name")) BETWEEN 1 AND 30);

ALTER TABLE "notices" ADD CONSTRAINT "notices_title" CHECK (char_length(btrim("title")) BETWEEN 1 AND 100);
ALTER TABLE "notices" ADD CONSTRAINT "notices_body" CHECK (char_length(btrim("body")) BETWEEN 1 AND 5000);
