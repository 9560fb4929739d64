-- AlterTable
ALTER TABLE "Round" ADD COLUMN     "wrapUpStartedAt" TIMESTAMP(3);

-- Rounds already past the wrap-up: their answers are frozen from now on as far as anyone can tell.
UPDATE "Round" SET "wrapUpStartedAt" = now() WHERE state IN ('WRAP_UP', 'FOLLOW_UP', 'CLOSED');

-- Set when a round first reaches the wrap-up, by whatever moves it there; never moved afterwards.
CREATE FUNCTION round_wrap_up_started() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.state IN ('WRAP_UP', 'FOLLOW_UP', 'CLOSED') AND NEW."wrapUpStartedAt" IS NULL THEN
    NEW."wrapUpStartedAt" := now();
  END IF;
  IF TG_OP = 'UPDATE' AND OLD."wrapUpStartedAt" IS NOT NULL THEN
    NEW."wrapUpStartedAt" := OLD."wrapUpStartedAt";
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER round_wrap_up_started BEFORE INSERT OR UPDATE ON "Round" FOR EACH ROW EXECUTE FUNCTION round_wrap_up_started();
