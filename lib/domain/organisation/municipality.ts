import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";

// There is one municipality per installation. Looked up once per request: the header wants its
// name and most admin pages its id.
const loadMunicipality = cache(async () =>
  db().municipality.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true, name: true } }),
);

export async function loadMunicipalityName(): Promise<string | undefined> {
  return (await loadMunicipality())?.name;
}

export async function requireMunicipalityId(): Promise<string> {
  const municipality = await loadMunicipality();
  if (!municipality) notFound();
  return municipality.id;
}
