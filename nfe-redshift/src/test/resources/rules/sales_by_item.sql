-- One row per sold item, the latest version of its document; cancelled documents are flagged.
-- @mode: merge
-- @keys: chave, n_item
-- @version: prot_nfe_dh_recbto
SELECT i.chave, i.n_item, i.prod_c_prod, n.emit_uf, i.prod_v_prod, n.prot_nfe_dh_recbto,
       EXISTS (SELECT 1 FROM ${staging.nfe_event} AS e WHERE e.chave = i.chave AND e.tp_evento = '110111') AS cancelled,
       :batch_id AS batch_id
FROM ${staging.nfe_item} AS i
JOIN ${staging.nfe} AS n ON n.chave = i.chave
UNION ALL
SELECT t.chave, t.n_item, t.prod_c_prod, t.emit_uf, t.prod_v_prod, t.prot_nfe_dh_recbto, true, :batch_id
FROM ${target} AS t
WHERE NOT t.cancelled
  AND t.chave IN (SELECT e.chave FROM ${staging.nfe_event} AS e WHERE e.tp_evento = '110111')
