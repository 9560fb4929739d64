import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getActor } from "@/lib/auth/current";
import { db } from "@/lib/db";

// A signed-in person works within their own municipality: what they administer, plan, file and
// export is that municipality's, so an installation that holds several never mixes them. Signed
// out, the header names the installation's first municipality. Looked up once per request.

const loadMunicipality = cache(async () => {
  const actor = await getActor();
  return db().municipality.findFirst({
    where: actor ? { id: actor.municipalityId } : undefined,
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true },
  });
});

export async function loadMunicipalityName(): Promise<string | undefined> {
  return (await loadMunicipality())?.name;
}

/** The signed-in person's municipality (pages and actions reach this only signed in). */
export async function requireMunicipalityId(): Promise<string> {
  const actor = await getActor();
  if (!actor) notFound();
  return actor.municipalityId;
}
