import { AccessDenied } from "@/lib/auth/guard";
import { defineRoute } from "@/lib/auth/route";
import { organisationCsvDownload } from "@/lib/domain/organisation-overview/exports";
import { levelOf, overviewQuery } from "@/lib/domain/organisation-overview/schema";
import { requireMunicipalityId } from "@/lib/domain/organisation/municipality";
import { downloadResponse } from "@/lib/http/download";

// The organisation's figures for one level and year as CSV (?enhed=&aar=, as the page's address).
export const GET = defineRoute(async ({ actor, request }) => {
  const query = overviewQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw new AccessDenied();
  return downloadResponse(
    await organisationCsvDownload(actor, await requireMunicipalityId(), { unitId: levelOf(query.data.enhed), year: query.data.aar }),
  );
});
