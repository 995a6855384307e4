-- load log
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

-- lock
LOCK "sales"."nfe_load_log";

-- staging table
DROP TABLE IF EXISTS "nfe_stg_nfe_item";
CREATE TEMPORARY TABLE "nfe_stg_nfe_item" (
  "chave" varchar(65535),
  "n_item" integer,
  "ide_n_nf" bigint,
  "is_gift" boolean,
  "prod_q_com" decimal(15,4),
  "prod_v_prod" decimal(15,2),
  "ide_d_emi" date,
  "ide_dh_emi" timestamptz
);

-- insert rule
INSERT INTO "sales"."sales_by_item" ("chave", "n_item", "prod_v_prod", "prot_nfe_dh_recbto", "doc_hash", "batch_id")
SELECT r."chave", r."n_item", r."prod_v_prod", r."prot_nfe_dh_recbto", r."doc_hash", r."batch_id"
FROM (
SELECT i.chave, i.n_item, i.prod_v_prod, n.prot_nfe_dh_recbto, n.doc_hash, ? AS batch_id
FROM "nfe_stg_nfe_item" AS i JOIN "nfe_stg_nfe" AS n ON n.chave = i.chave AND n.doc_hash = i.doc_hash
) AS r;
-- parameters: [b-20260102-0001]

-- work table
DROP TABLE IF EXISTS "nfe_rule_sales_by_item";
CREATE TEMPORARY TABLE "nfe_rule_sales_by_item" (LIKE "sales"."sales_by_item");

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
  SELECT w."chave", w."n_item", w."prod_v_prod", w."prot_nfe_dh_recbto", w."doc_hash", w."batch_id", ROW_NUMBER() OVER (PARTITION BY w."chave", w."n_item" ORDER BY CASE WHEN w."prot_nfe_dh_recbto" IS NULL THEN 0 ELSE 1 END DESC, w."prot_nfe_dh_recbto" DESC, CASE WHEN w."doc_hash" IS NULL THEN 0 ELSE 1 END DESC, w."doc_hash" DESC) AS nfe_row_number
  FROM (
SELECT i.chave, i.n_item, i.prod_v_prod, n.prot_nfe_dh_recbto, n.doc_hash, ? AS batch_id
FROM "nfe_stg_nfe_item" AS i JOIN "nfe_stg_nfe" AS n ON n.chave = i.chave AND n.doc_hash = i.doc_hash
) AS w
) AS d
WHERE d.nfe_row_number = 1
  AND NOT EXISTS (SELECT 1 FROM "sales"."sales_by_item" AS t WHERE t."chave" = d."chave" AND t."n_item" = d."n_item" AND (((t."prot_nfe_dh_recbto" > d."prot_nfe_dh_recbto" OR (t."prot_nfe_dh_recbto" IS NOT NULL AND d."prot_nfe_dh_recbto" IS NULL))) OR ((t."prot_nfe_dh_recbto" = d."prot_nfe_dh_recbto" OR (t."prot_nfe_dh_recbto" IS NULL AND d."prot_nfe_dh_recbto" IS NULL)) AND (t."doc_hash" > d."doc_hash" OR (t."doc_hash" IS NOT NULL AND d."doc_hash" IS NULL)))));
-- parameters: [b-20260102-0001]

-- merge
MERGE INTO "sales"."sales_by_item"
USING "nfe_src_sales_by_item"
ON "sales"."sales_by_item"."chave" = "nfe_src_sales_by_item"."chave" AND "sales"."sales_by_item"."n_item" = "nfe_src_sales_by_item"."n_item"
WHEN MATCHED THEN UPDATE SET "prod_v_prod" = "nfe_src_sales_by_item"."prod_v_prod", "prot_nfe_dh_recbto" = "nfe_src_sales_by_item"."prot_nfe_dh_recbto", "doc_hash" = "nfe_src_sales_by_item"."doc_hash", "batch_id" = "nfe_src_sales_by_item"."batch_id"
WHEN NOT MATCHED THEN INSERT ("chave", "n_item", "prod_v_prod", "prot_nfe_dh_recbto", "doc_hash", "batch_id") VALUES ("nfe_src_sales_by_item"."chave", "nfe_src_sales_by_item"."n_item", "nfe_src_sales_by_item"."prod_v_prod", "nfe_src_sales_by_item"."prot_nfe_dh_recbto", "nfe_src_sales_by_item"."doc_hash", "nfe_src_sales_by_item"."batch_id");

-- gold
SELECT "chave", "n_item", "prod_v_prod", "prot_nfe_dh_recbto", "doc_hash", "batch_id"
FROM "sales"."sales_by_item"
WHERE "batch_id" = ?
ORDER BY "chave", "n_item", "prod_v_prod", "prot_nfe_dh_recbto", "doc_hash", "batch_id";
-- parameters: [b-20260102-0001]

-- copy from s3
COPY "nfe_stg_nfe_item"
FROM 's3://nfe-lake/prod/silver/nfe_item/ingest_date=2026-01-02/batch=b-20260102-0001/'
IAM_ROLE 'arn:aws:iam::123456789012:role/nfe-redshift'
FORMAT AS PARQUET;

-- spectrum external schema
CREATE EXTERNAL SCHEMA IF NOT EXISTS "nfe_silver"
FROM DATA CATALOG DATABASE 'nfe_silver'
IAM_ROLE 'arn:aws:iam::123456789012:role/nfe-redshift'
CREATE EXTERNAL DATABASE IF NOT EXISTS;

-- spectrum external table and partition
CREATE EXTERNAL TABLE "nfe_silver"."nfe_item" (
  "chave" varchar(65535),
  "n_item" integer,
  "ide_n_nf" bigint,
  "is_gift" boolean,
  "prod_q_com" decimal(15,4),
  "prod_v_prod" decimal(15,2),
  "ide_d_emi" date,
  "ide_dh_emi" timestamp
)
PARTITIONED BY (ingest_date date, batch varchar(256))
STORED AS PARQUET
LOCATION 's3://nfe-lake/prod/silver/nfe_item/';
ALTER TABLE "nfe_silver"."nfe_item" ADD IF NOT EXISTS PARTITION (ingest_date='2026-01-02', batch='b-20260102-0001')
LOCATION 's3://nfe-lake/prod/silver/nfe_item/ingest_date=2026-01-02/batch=b-20260102-0001/';

-- spectrum staging
INSERT INTO "nfe_stg_nfe_item" ("chave", "n_item", "ide_n_nf", "is_gift", "prod_q_com", "prod_v_prod", "ide_d_emi", "ide_dh_emi")
SELECT "chave", "n_item", "ide_n_nf", "is_gift", "prod_q_com", "prod_v_prod", "ide_d_emi", "ide_dh_emi"
FROM "nfe_silver"."nfe_item"
WHERE ingest_date = ? AND batch = ?;
-- parameters: [2026-01-02, b-20260102-0001]

