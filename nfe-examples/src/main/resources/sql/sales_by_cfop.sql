-- Sales by CFOP, cancelled items excluded: each CFOP the batch touched is recomputed from sales_by_item (which the
-- previous rule has already updated in this transaction) and replaces its old row. A CFOP whose sales were all
-- cancelled keeps a row with zero amounts.
-- @target: sales_by_cfop
-- @mode: replace-partition
-- @keys: prod_cfop
SELECT s.prod_cfop,
       COUNT(DISTINCT CASE WHEN NOT s.cancelled THEN s.chave END) AS documents,
       SUM(CASE WHEN NOT s.cancelled THEN 1 ELSE 0 END) AS items,
       SUM(CASE WHEN NOT s.cancelled THEN s.prod_v_prod ELSE 0 END) AS v_prod,
       SUM(CASE WHEN NOT s.cancelled THEN COALESCE(s.prod_v_desc, 0) ELSE 0 END) AS v_desc,
       :batch_id AS batch_id
FROM ${schema}.sales_by_item AS s
WHERE s.prod_cfop IN (SELECT prod_cfop FROM ${schema}.sales_by_item WHERE batch_id = :batch_id)
GROUP BY s.prod_cfop
