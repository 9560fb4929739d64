import type { Metadata } from "next";
import { PersonForm } from "@/components/admin/person-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePermission } from "@/lib/auth/page-guard";
import { requireMunicipalityId } from "@/lib/domain/organisation/municipality";
import { loadUnitOptions } from "@/lib/domain/people/admin-loaders";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.admin.person.createTitle };

export default async function NewPersonPage() {
  await requirePermission("create", { kind: "organisation" });
  const units = await loadUnitOptions(await requireMunicipalityId());
  return (
    <>
      <PageHeading title={da.admin.person.createTitle} />
      <PersonForm
        units={units}
        initial={{
          name: "",
          email: "",
          employeeNumber: "",
          jobTitle: "",
          unitId: "",
          manager: "",
          roles: [],
          active: true,
          employmentType: "",
          employmentStart: "",
          birthYear: "",
          senior: "",
        }}
      />
    </>
  );
}
