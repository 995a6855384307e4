-- Sales by emitter UF, cancelled documents excluded, recomputed like sales_by_cfop for every UF the batch touched.
-- @target: sales_by_uf
-- @mode: replace-partition
-- @keys: emit_uf
SELECT s.emit_uf,
       COUNT(DISTINCT CASE WHEN NOT s.cancelled THEN s.chave END) AS documents,
       SUM(CASE WHEN NOT s.cancelled THEN s.prod_v_prod ELSE 0 END) AS v_prod,
       :batch_id AS batch_id
FROM ${schema}.sales_by_item AS s
WHERE s.emit_uf IN (SELECT emit_uf FROM ${schema}.sales_by_item WHERE batch_id = :batch_id)
GROUP BY s.emit_uf
