import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { loadMunicipalityId } from "@/lib/domain/people/data";

export async function requireMunicipalityId(): Promise<string> {
  const id = await loadMunicipalityId(db());
  if (!id) notFound();
  return id;
}
