-- 我的收藏: a person's starred service items, each at most once.
CREATE TABLE "favourite_items" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "item_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "favourite_items_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "favourite_items_user_id_created_at_id_idx" ON "favourite_items"("user_id", "created_at" DESC, "id" DESC);

CREATE UNIQUE INDEX "favourite_items_user_id_item_id_key" ON "favourite_items"("user_id", "item_id");

ALTER TABLE "favourite_items" ADD CONSTRAINT "favourite_items_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "favourite_items" ADD CONSTRAINT "favourite_items_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "service_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;
