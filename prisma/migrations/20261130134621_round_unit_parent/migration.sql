-- AlterTable
ALTER TABLE "Round" ADD COLUMN     "unitParentId" UUID;

-- Rounds already held: their unit's parent today is the best record there is.
UPDATE "Round" r SET "unitParentId" = u."parentId" FROM "Unit" u WHERE u.id = r."unitId";

-- Every new round records where its unit stood in the tree when it was created, whatever inserts it
-- (the app, the next round from a closed one, a seed): the organisation's overview places a year's
-- rounds in that year's tree, so a unit moved later is shown as moved rather than silently re-filed.
CREATE FUNCTION round_unit_parent() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."unitParentId" IS NULL THEN
    SELECT u."parentId" INTO NEW."unitParentId" FROM "Unit" u WHERE u.id = NEW."unitId";
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER round_unit_parent BEFORE INSERT ON "Round" FOR EACH ROW EXECUTE FUNCTION round_unit_parent();
