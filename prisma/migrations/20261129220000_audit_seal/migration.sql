-- CreateTable
CREATE TABLE "AuditSeal" (
    "id" BIGSERIAL NOT NULL,
    "afterId" BIGINT NOT NULL,
    "upToId" BIGINT NOT NULL,
    "count" INTEGER NOT NULL,
    "hash" BYTEA NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditSeal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AuditSeal_afterId_key" ON "AuditSeal"("afterId");

-- CreateIndex
CREATE UNIQUE INDEX "AuditSeal_upToId_key" ON "AuditSeal"("upToId");

-- A seal covers at least one row after the one before it, and its hash is one SHA-256 digest.
ALTER TABLE "AuditSeal" ADD CONSTRAINT "AuditSeal_range_check" CHECK ("afterId" >= 0 AND "upToId" > "afterId" AND "count" > 0);
ALTER TABLE "AuditSeal" ADD CONSTRAINT "AuditSeal_hash_check" CHECK (octet_length("hash") = 32);

-- Seals are append-only like the log they seal: whoever could rewrite a seal could hide a gap.
CREATE FUNCTION audit_seal_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditSeal rows cannot be changed or deleted' USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_seal_append_only
  BEFORE UPDATE OR DELETE ON "AuditSeal"
  FOR EACH ROW EXECUTE FUNCTION audit_seal_is_append_only();

CREATE TRIGGER audit_seal_no_truncate
  BEFORE TRUNCATE ON "AuditSeal"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_seal_is_append_only();
