-- connection 1
-- autocommit false
CREATE SCHEMA IF NOT EXISTS "sales";
CREATE TABLE IF NOT EXISTS "sales"."nfe_load_log" (
  batch_id varchar(256) NOT NULL,
  rule_set_checksum varchar(64) NOT NULL,
  content_checksum varchar(64) NOT NULL,
  tables varchar(65535) NOT NULL,
  row_counts varchar(65535) NOT NULL,
  started_at timestamptz NOT NULL,
  finished_at timestamptz NOT NULL,
  status varchar(16) NOT NULL,
  error varchar(65535)
);
-- commit
-- close
-- connection 2
-- autocommit true
-- autocommit false
LOCK "sales"."nfe_load_log";
SELECT batch_id, rule_set_checksum, content_checksum, tables, row_counts, started_at, finished_at, status, error FROM "sales"."nfe_load_log" WHERE batch_id = ? AND status = 'loaded';
DROP TABLE IF EXISTS "nfe_stg_nfe";
CREATE TEMPORARY TABLE "nfe_stg_nfe" (
  "chave" varchar(65535),
  "batch_id" varchar(65535),
  "source" varchar(65535),
  "emit_uf" varchar(65535),
  "icms_tot_v_nf" decimal(15,2),
  "prot_nfe_dh_recbto" timestamptz
);
COPY "nfe_stg_nfe"
FROM 's3://nfe-lake/prod/silver/nfe/ingest_date=2026-01-02/batch=b1/'
IAM_ROLE 'arn:aws:iam::123456789012:role/nfe-redshift'
FORMAT AS PARQUET;
SELECT COUNT(*) FROM "nfe_stg_nfe";
DROP TABLE IF EXISTS "nfe_stg_nfe_item";
CREATE TEMPORARY TABLE "nfe_stg_nfe_item" (
  "chave" varchar(65535),
  "n_item" integer,
  "batch_id" varchar(65535),
  "source" varchar(65535),
  "prod_c_prod" varchar(65535),
  "prod_cfop" varchar(65535),
  "prod_q_com" decimal(15,4),
  "prod_v_prod" decimal(15,2)
);
COPY "nfe_stg_nfe_item"
FROM 's3://nfe-lake/prod/silver/nfe_item/ingest_date=2026-01-02/batch=b1/'
IAM_ROLE 'arn:aws:iam::123456789012:role/nfe-redshift'
FORMAT AS PARQUET;
SELECT COUNT(*) FROM "nfe_stg_nfe_item";
SELECT * FROM "sales"."sales_by_uf" WHERE 1 = 0;
INSERT INTO "sales"."sales_by_uf" ("uf", "total", "batch_id")
SELECT r."uf", r."total", r."batch_id"
FROM (
SELECT n.emit_uf AS uf, SUM(n.icms_tot_v_nf) AS total, ? AS batch_id
FROM "nfe_stg_nfe" AS n GROUP BY n.emit_uf
) AS r;
SELECT * FROM "sales"."sales_by_item" WHERE 1 = 0;
DROP TABLE IF EXISTS "nfe_src_sales_by_item";
CREATE TEMPORARY TABLE "nfe_src_sales_by_item" (LIKE "sales"."sales_by_item");
INSERT INTO "nfe_src_sales_by_item" ("chave", "n_item", "prod_v_prod", "batch_id")
SELECT d."chave", d."n_item", d."prod_v_prod", d."batch_id"
FROM (
  SELECT w."chave", w."n_item", w."prod_v_prod", w."batch_id", ROW_NUMBER() OVER (PARTITION BY w."chave", w."n_item") AS nfe_row_number
  FROM (
-- @mode: merge
-- @keys: chave, n_item
SELECT i.chave, i.n_item, i.prod_v_prod, ? AS batch_id FROM "nfe_stg_nfe_item" AS i
) AS w
) AS d
WHERE d.nfe_row_number = 1;
-- rollback
-- close
-- connection 3
-- autocommit false
INSERT INTO "sales"."nfe_load_log" (batch_id, rule_set_checksum, content_checksum, tables, row_counts, started_at, finished_at, status, error)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?);
-- commit
-- close
-- warehouse closed
