import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

/** The municipality's name for the header; there is one municipality per installation. */
export const loadMunicipalityName = cache(async (): Promise<string | undefined> => {
  const municipality = await db().municipality.findFirst({ orderBy: { createdAt: "asc" }, select: { name: true } });
  return municipality?.name;
});
