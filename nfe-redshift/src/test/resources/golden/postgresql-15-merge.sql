-- merge
MERGE INTO "sales"."sales_by_item"
USING "nfe_src_sales_by_item"
ON "sales"."sales_by_item"."chave" = "nfe_src_sales_by_item"."chave" AND "sales"."sales_by_item"."n_item" = "nfe_src_sales_by_item"."n_item"
WHEN MATCHED THEN UPDATE SET "prod_v_prod" = "nfe_src_sales_by_item"."prod_v_prod", "prot_nfe_dh_recbto" = "nfe_src_sales_by_item"."prot_nfe_dh_recbto", "doc_hash" = "nfe_src_sales_by_item"."doc_hash", "batch_id" = "nfe_src_sales_by_item"."batch_id"
WHEN NOT MATCHED THEN INSERT ("chave", "n_item", "prod_v_prod", "prot_nfe_dh_recbto", "doc_hash", "batch_id") VALUES ("nfe_src_sales_by_item"."chave", "nfe_src_sales_by_item"."n_item", "nfe_src_sales_by_item"."prod_v_prod", "nfe_src_sales_by_item"."prot_nfe_dh_recbto", "nfe_src_sales_by_item"."doc_hash", "nfe_src_sales_by_item"."batch_id");

