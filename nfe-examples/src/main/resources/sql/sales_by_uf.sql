-- Sales by emitter UF, cancelled documents excluded, recomputed like sales_by_cfop, in one pass, for every UF the
-- batch touched.
-- @target: sales_by_uf
-- @mode: replace-partition
-- @keys: emit_uf
SELECT d.emit_uf,
       SUM(CASE WHEN d.items > 0 THEN 1 ELSE 0 END) AS documents,
       SUM(d.v_prod) AS v_prod,
       :batch_id AS batch_id
FROM (SELECT s.emit_uf, s.chave,
             SUM(CASE WHEN NOT s.cancelled THEN 1 ELSE 0 END) AS items,
             SUM(CASE WHEN NOT s.cancelled THEN s.prod_v_prod ELSE 0 END) AS v_prod,
             MAX(CASE WHEN s.batch_id = :batch_id THEN 1 ELSE 0 END) AS touched
      FROM ${schema}.sales_by_item AS s
      GROUP BY s.emit_uf, s.chave) AS d
GROUP BY d.emit_uf
HAVING MAX(d.touched) = 1
