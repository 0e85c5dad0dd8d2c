-- 我的预约: service centres, booking slots with a capacity, bookings (one per person and slot).
CREATE TYPE "BookingStatus" AS ENUM ('BOOKED', 'CANCELLED', 'ARRIVED', 'NO_SHOW');

CREATE TABLE "service_centres" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "service_centres_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "booking_slots" (
    "id" UUID NOT NULL,
    "centre_id" UUID NOT NULL,
    "item_id" UUID NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "capacity" INTEGER NOT NULL,
    "booked" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "booking_slots_pkey" PRIMARY KEY ("id"),
    -- the last place goes to one citizen: the counter never passes the capacity, whatever the code does
    CONSTRAINT "booking_slots_booked_within_capacity" CHECK ("booked" >= 0 AND "booked" <= "capacity"),
    CONSTRAINT "booking_slots_capacity_positive" CHECK ("capacity" > 0),
    CONSTRAINT "booking_slots_ends_after_start" CHECK ("ends_at" > "starts_at")
);

CREATE TABLE "bookings" (
    "id" UUID NOT NULL,
    "slot_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "status" "BookingStatus" NOT NULL DEFAULT 'BOOKED',
    "booked_at" TIMESTAMPTZ(3) NOT NULL,
    "cancelled_at" TIMESTAMPTZ(3),
    "marked_at" TIMESTAMPTZ(3),
    "marked_by_id" UUID,
    "case_id" UUID,

    CONSTRAINT "bookings_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "bookings_cancelled_at_when_cancelled" CHECK (("status" = 'CANCELLED') = ("cancelled_at" IS NOT NULL)),
    CONSTRAINT "bookings_marked_when_attended" CHECK (("status" IN ('ARRIVED', 'NO_SHOW')) = ("marked_at" IS NOT NULL))
);

CREATE UNIQUE INDEX "service_centres_code_key" ON "service_centres"("code");
CREATE INDEX "booking_slots_item_id_starts_at_idx" ON "booking_slots"("item_id", "starts_at");
CREATE INDEX "booking_slots_centre_id_starts_at_idx" ON "booking_slots"("centre_id", "starts_at");
CREATE UNIQUE INDEX "booking_slots_centre_id_item_id_starts_at_key" ON "booking_slots"("centre_id", "item_id", "starts_at");
CREATE UNIQUE INDEX "bookings_case_id_key" ON "bookings"("case_id");
CREATE INDEX "bookings_user_id_booked_at_id_idx" ON "bookings"("user_id", "booked_at" DESC, "id" DESC);
CREATE UNIQUE INDEX "bookings_slot_id_user_id_key" ON "bookings"("slot_id", "user_id");

ALTER TABLE "booking_slots" ADD CONSTRAINT "booking_slots_centre_id_fkey" FOREIGN KEY ("centre_id") REFERENCES "service_centres"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "booking_slots" ADD CONSTRAINT "booking_slots_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "service_items"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_slot_id_fkey" FOREIGN KEY ("slot_id") REFERENCES "booking_slots"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_marked_by_id_fkey" FOREIGN KEY ("marked_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- 邮政速递: the address book (phones encrypted, masked copy) and the address each posted case goes to.
ALTER TABLE "users" ADD COLUMN "default_delivery_address_id" UUID;

CREATE TABLE "delivery_addresses" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "recipient_name" TEXT NOT NULL,
    "phone_cipher" TEXT NOT NULL,
    "phone_masked" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "postcode" CHAR(6) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "delivery_addresses_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "delivery_addresses_postcode_digits" CHECK ("postcode" ~ '^[0-9]{6}$')
);

CREATE TABLE "case_delivery_addresses" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "recipient_name" TEXT NOT NULL,
    "phone_cipher" TEXT NOT NULL,
    "phone_masked" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "postcode" CHAR(6) NOT NULL,
    "chosen_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "case_delivery_addresses_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "case_delivery_addresses_postcode_digits" CHECK ("postcode" ~ '^[0-9]{6}$')
);

CREATE UNIQUE INDEX "case_delivery_addresses_case_id_key" ON "case_delivery_addresses"("case_id");
CREATE UNIQUE INDEX "users_default_delivery_address_id_key" ON "users"("default_delivery_address_id");
CREATE INDEX "delivery_addresses_user_id_created_at_id_idx" ON "delivery_addresses"("user_id", "created_at" DESC, "id" DESC);

ALTER TABLE "users" ADD CONSTRAINT "users_default_delivery_address_id_fkey" FOREIGN KEY ("default_delivery_address_id") REFERENCES "delivery_addresses"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "delivery_addresses" ADD CONSTRAINT "delivery_addresses_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "case_delivery_addresses" ADD CONSTRAINT "case_delivery_addresses_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A person's default address is one of their own.
CREATE FUNCTION "default_delivery_address_is_own"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF NEW."default_delivery_address_id" IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM "delivery_addresses" a WHERE a."id" = NEW."default_delivery_address_id" AND a."user_id" = NEW."id"
  ) THEN
    RAISE EXCEPTION ''default delivery address % belongs to another user'', NEW."default_delivery_address_id"
      USING ERRCODE = ''check_violation''\073
  END IF\073
  RETURN NEW\073
END\073
';

CREATE TRIGGER "users_default_delivery_address_is_own"
  BEFORE INSERT OR UPDATE OF "default_delivery_address_id" ON "users"
  FOR EACH ROW EXECUTE FUNCTION "default_delivery_address_is_own"();
