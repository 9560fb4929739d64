-- A seat on a MED committee follows the MED role: when the role goes (the person form, the import,
-- an erasure or anonymisation), so do the person's seats, whichever path took it. Otherwise the role
-- granted again later would silently bring back every committee the person once sat on.
CREATE FUNCTION med_seats_follow_role() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."role" = 'COMMITTEE_MEMBER' THEN
    DELETE FROM "MedCommitteeMember" WHERE "personId" = OLD."personId";
  END IF;
  RETURN OLD;
END
$$;

CREATE TRIGGER role_assignment_med_seats
  AFTER DELETE ON "RoleAssignment"
  FOR EACH ROW EXECUTE FUNCTION med_seats_follow_role();

-- Seats of people who have already lost the role.
DELETE FROM "MedCommitteeMember" m
WHERE NOT EXISTS (SELECT 1 FROM "RoleAssignment" r WHERE r."personId" = m."personId" AND r."role" = 'COMMITTEE_MEMBER');
