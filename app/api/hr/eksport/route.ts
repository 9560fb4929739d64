import { z } from "zod";
import { AccessDenied } from "@/lib/auth/guard";
import { defineRoute } from "@/lib/auth/route";
import { db } from "@/lib/db";
import { signedPlansZip } from "@/lib/domain/plans/pdf/downloads";
import { requireMunicipalityId } from "@/lib/domain/organisation/municipality";
import { downloadResponse } from "@/lib/http/download";

// HR's ZIP of the signed plans of a round (?runde=) or a unit (?enhed=) (lib/domain/plans/pdf/downloads.ts).
export const GET = defineRoute(async ({ actor, request }) => {
  const query = new URL(request.url).searchParams;
  const roundId = z
    .uuid()
    .optional()
    .safeParse(query.get("runde") ?? undefined);
  const unitId = z
    .uuid()
    .optional()
    .safeParse(query.get("enhed") ?? undefined);
  if (!roundId.success || !unitId.success || (!roundId.data && !unitId.data)) throw new AccessDenied();
  return downloadResponse(await signedPlansZip(db(), actor, await requireMunicipalityId(), { roundId: roundId.data, unitId: unitId.data }));
});
