-- gold by unload
UNLOAD ('SELECT "chave", "n_item", "prod_v_prod", "prot_nfe_dh_recbto", "doc_hash", "batch_id" FROM "sales"."sales_by_item" WHERE "batch_id" = ''b-20260102-0001'' ORDER BY "chave", "n_item", "prod_v_prod", "prot_nfe_dh_recbto", "doc_hash", "batch_id"')
TO 's3://nfe-lake/prod/gold/sales_by_item/ingest_date=2026-01-02/batch=b-20260102-0001/part_'
IAM_ROLE 'arn:aws:iam::123456789012:role/nfe-redshift'
FORMAT AS PARQUET
MANIFEST VERBOSE
ALLOWOVERWRITE
PARALLEL OFF;

