-- AddForeignKey
ALTER TABLE "PlanVersion" ADD CONSTRAINT "PlanVersion_filedById_fkey" FOREIGN KEY ("filedById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
