import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getActor } from "@/lib/auth/current";
import { db } from "@/lib/db";
import { da } from "@/lib/i18n/da";

// A signed-in person works within their own municipality: what they administer, plan, file and
// export is that municipality's, so an installation that holds several never mixes them. Signed
// out, the header names the installation's first municipality. Looked up once per request.

const loadMunicipality = cache(async () => {
  const actor = await getActor();
  return db().municipality.findFirst({
    where: actor ? { id: actor.municipalityId } : undefined,
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      name: true,
      helpContactName: true,
      helpContactTitle: true,
      helpContactEmail: true,
      helpContactPhone: true,
      cooperationBodyName: true,
    },
  });
});

export async function loadMunicipalityName(): Promise<string | undefined> {
  return (await loadMunicipality())?.name;
}

/** The municipality's help contact for the footer, or null when none is set (signed out: the first municipality's). */
export async function loadHelpContact(): Promise<{ name: string; title: string; email: string; phone: string } | null> {
  const municipality = await loadMunicipality();
  if (!municipality?.helpContactName) return null;
  return {
    name: municipality.helpContactName,
    title: municipality.helpContactTitle,
    email: municipality.helpContactEmail,
    phone: municipality.helpContactPhone,
  };
}

/** The name the municipality gives its cooperation body (its MED committee), as texts say it. */
export async function loadCooperationBody(): Promise<string> {
  return (await loadMunicipality())?.cooperationBodyName ?? da.committees.body;
}

/** The signed-in person's municipality (pages and actions reach this only signed in). */
export async function requireMunicipalityId(): Promise<string> {
  const actor = await getActor();
  if (!actor) notFound();
  return actor.municipalityId;
}
