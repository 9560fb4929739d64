import { z } from "zod";
import { AccessDenied } from "@/lib/auth/guard";
import { defineRoute } from "@/lib/auth/route";
import { db } from "@/lib/db";
import { leafletPdf } from "@/lib/domain/rounds/leaflet";
import { downloadResponse } from "@/lib/http/download";

// The employee's information leaflet as a PDF to print (lib/domain/rounds/leaflet.ts).
export const GET = defineRoute<{ id: string }>(async ({ actor, params }) => {
  if (!z.uuid().safeParse(params.id).success) throw new AccessDenied();
  return downloadResponse(await leafletPdf(db(), actor, params.id));
});
