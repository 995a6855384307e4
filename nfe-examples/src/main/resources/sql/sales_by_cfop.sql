-- Sales by CFOP, cancelled items excluded: each CFOP the batch touched is recomputed from sales_by_item (which the
-- previous rule has already updated in this transaction) and replaces its old row. A CFOP whose sales were all
-- cancelled keeps a row with zero amounts. One pass over sales_by_item: the rows are summed per CFOP and document first
-- (a document counts when one of its items in the CFOP is not cancelled), and a CFOP is kept when a row of it came
-- with this batch.
-- @target: sales_by_cfop
-- @mode: replace-partition
-- @keys: prod_cfop
SELECT d.prod_cfop,
       SUM(CASE WHEN d.items > 0 THEN 1 ELSE 0 END) AS documents,
       SUM(d.items) AS items,
       SUM(d.v_prod) AS v_prod,
       SUM(d.v_desc) AS v_desc,
       :batch_id AS batch_id
FROM (SELECT s.prod_cfop, s.chave,
             SUM(CASE WHEN NOT s.cancelled THEN 1 ELSE 0 END) AS items,
             SUM(CASE WHEN NOT s.cancelled THEN s.prod_v_prod ELSE 0 END) AS v_prod,
             SUM(CASE WHEN NOT s.cancelled THEN COALESCE(s.prod_v_desc, 0) ELSE 0 END) AS v_desc,
             MAX(CASE WHEN s.batch_id = :batch_id THEN 1 ELSE 0 END) AS touched
      FROM ${schema}.sales_by_item AS s
      GROUP BY s.prod_cfop, s.chave) AS d
GROUP BY d.prod_cfop
HAVING MAX(d.touched) = 1
