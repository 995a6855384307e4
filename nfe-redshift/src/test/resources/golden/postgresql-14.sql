-- load log
SELECT pg_advisory_xact_lock(?);
-- parameters: [967164118752667311]
CREATE SCHEMA IF NOT EXISTS "sales";
CREATE TABLE IF NOT EXISTS "sales"."nfe_load_log" (
  batch_id varchar(256) NOT NULL,
  rule_set_checksum varchar(64) NOT NULL,
  content_checksum varchar(64) NOT NULL,
  tables text NOT NULL,
  row_counts text NOT NULL,
  started_at timestamptz NOT NULL,
  finished_at timestamptz NOT NULL,
  status varchar(16) NOT NULL,
  error text
);
CREATE UNIQUE INDEX IF NOT EXISTS "nfe_load_log_loaded" ON "sales"."nfe_load_log" (batch_id) WHERE status = 'loaded';

-- lock
SELECT pg_advisory_xact_lock(?);
-- parameters: [3585416740069368760]

-- staging table
CREATE TEMPORARY TABLE "nfe_stg_nfe_item" (
  "chave" text,
  "n_item" integer,
  "ide_n_nf" bigint,
  "is_gift" boolean,
  "prod_q_com" numeric(15,4),
  "prod_v_prod" numeric(15,2),
  "ide_d_emi" date,
  "ide_dh_emi" timestamptz
) ON COMMIT DROP;

-- insert rule
INSERT INTO "sales"."sales_by_item" ("chave", "n_item", "prod_v_prod", "prot_nfe_dh_recbto", "doc_hash", "batch_id")
SELECT r."chave", r."n_item", r."prod_v_prod", r."prot_nfe_dh_recbto", r."doc_hash", r."batch_id"
FROM (
SELECT i.chave, i.n_item, i.prod_v_prod, n.prot_nfe_dh_recbto, n.doc_hash, ? AS batch_id
FROM "nfe_stg_nfe_item" AS i JOIN "nfe_stg_nfe" AS n ON n.chave = i.chave AND n.doc_hash = i.doc_hash
) AS r;
-- parameters: [b-20260102-0001]

-- work table
CREATE TEMPORARY TABLE "nfe_rule_sales_by_item" (LIKE "sales"."sales_by_item") ON COMMIT DROP;

-- replace partition
DELETE FROM "sales"."sales_by_item"
USING "nfe_rule_sales_by_item"
WHERE "sales"."sales_by_item"."batch_id" = "nfe_rule_sales_by_item"."batch_id";
INSERT INTO "sales"."sales_by_item" ("chave", "n_item", "prod_v_prod", "prot_nfe_dh_recbto", "doc_hash", "batch_id")
SELECT "chave", "n_item", "prod_v_prod", "prot_nfe_dh_recbto", "doc_hash", "batch_id"
FROM "nfe_rule_sales_by_item";

-- latest per key
INSERT INTO "nfe_src_sales_by_item" ("chave", "n_item", "prod_v_prod", "prot_nfe_dh_recbto", "doc_hash", "batch_id")
SELECT d."chave", d."n_item", d."prod_v_prod", d."prot_nfe_dh_recbto", d."doc_hash", d."batch_id"
FROM (
  SELECT DISTINCT ON (w."chave", w."n_item") w."chave", w."n_item", w."prod_v_prod", w."prot_nfe_dh_recbto", w."doc_hash", w."batch_id"
  FROM (
SELECT i.chave, i.n_item, i.prod_v_prod, n.prot_nfe_dh_recbto, n.doc_hash, ? AS batch_id
FROM "nfe_stg_nfe_item" AS i JOIN "nfe_stg_nfe" AS n ON n.chave = i.chave AND n.doc_hash = i.doc_hash
) AS w
  ORDER BY w."chave", w."n_item", CASE WHEN w."prot_nfe_dh_recbto" IS NULL THEN 0 ELSE 1 END DESC, w."prot_nfe_dh_recbto" DESC, CASE WHEN w."doc_hash" IS NULL THEN 0 ELSE 1 END DESC, w."doc_hash" DESC
) AS d
WHERE NOT EXISTS (SELECT 1 FROM "sales"."sales_by_item" AS t WHERE t."chave" = d."chave" AND t."n_item" = d."n_item" AND (((t."prot_nfe_dh_recbto" > d."prot_nfe_dh_recbto" OR (t."prot_nfe_dh_recbto" IS NOT NULL AND d."prot_nfe_dh_recbto" IS NULL))) OR ((t."prot_nfe_dh_recbto" = d."prot_nfe_dh_recbto" OR (t."prot_nfe_dh_recbto" IS NULL AND d."prot_nfe_dh_recbto" IS NULL)) AND (t."doc_hash" > d."doc_hash" OR (t."doc_hash" IS NOT NULL AND d."doc_hash" IS NULL)))));
-- parameters: [b-20260102-0001]

-- merge
INSERT INTO "sales"."sales_by_item" ("chave", "n_item", "prod_v_prod", "prot_nfe_dh_recbto", "doc_hash", "batch_id")
SELECT "chave", "n_item", "prod_v_prod", "prot_nfe_dh_recbto", "doc_hash", "batch_id"
FROM "nfe_src_sales_by_item"
ON CONFLICT ("chave", "n_item") DO UPDATE SET "prod_v_prod" = EXCLUDED."prod_v_prod", "prot_nfe_dh_recbto" = EXCLUDED."prot_nfe_dh_recbto", "doc_hash" = EXCLUDED."doc_hash", "batch_id" = EXCLUDED."batch_id";

-- gold
SELECT "chave", "n_item", "prod_v_prod", "prot_nfe_dh_recbto", "doc_hash", "batch_id"
FROM "sales"."sales_by_item"
WHERE "batch_id" = ?
ORDER BY "chave", "n_item", "prod_v_prod", "prot_nfe_dh_recbto", "doc_hash", "batch_id";
-- parameters: [b-20260102-0001]

-- copy from stdin
COPY "nfe_stg_nfe_item" ("chave", "n_item", "ide_n_nf", "is_gift", "prod_q_com", "prod_v_prod", "ide_d_emi", "ide_dh_emi") FROM STDIN WITH (FORMAT csv);

