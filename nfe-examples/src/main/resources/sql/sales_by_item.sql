-- Sales by item: one row per item of every authorised outgoing NF-e / NFC-e, the latest version of its document
-- (by protocol receipt time). A cancellation (event 110111 whose result SEFAZ registered: cStat 135, 136 or 155;
-- an unanswered or rejected one, such as 501, is no cancellation) flags every item of its document,
-- whether it comes with the document or in a later batch; a correction letter (110110) changes no amount and is
-- ignored.
-- @target: sales_by_item
-- @mode: merge
-- @keys: chave, n_item
-- @version: prot_nfe_dh_recbto
SELECT i.chave, i.n_item, n.ide_mod, n.ide_dh_emi, n.emit_cnpj, n.emit_uf, n.dest_uf,
       i.prod_c_prod, i.prod_x_prod, i.prod_cfop, i.prod_q_com, i.prod_v_prod, i.prod_v_desc,
       n.prot_nfe_dh_recbto,
       EXISTS (SELECT 1 FROM ${staging.nfe_event} AS e
               WHERE e.chave = i.chave AND e.tp_evento = '110111'
                 AND e.ret_evento_c_stat IN ('135', '136', '155')) AS cancelled,
       :batch_id AS batch_id
FROM ${staging.nfe_item} AS i
JOIN ${staging.nfe} AS n ON n.chave = i.chave
WHERE n.ide_tp_nf = '1'
  AND COALESCE(n.prot_nfe_c_stat, '100') IN ('100', '150')
UNION ALL
SELECT t.chave, t.n_item, t.ide_mod, t.ide_dh_emi, t.emit_cnpj, t.emit_uf, t.dest_uf,
       t.prod_c_prod, t.prod_x_prod, t.prod_cfop, t.prod_q_com, t.prod_v_prod, t.prod_v_desc,
       t.prot_nfe_dh_recbto, true, :batch_id
FROM ${target} AS t
WHERE NOT t.cancelled
  AND t.chave IN (SELECT e.chave FROM ${staging.nfe_event} AS e
                  WHERE e.tp_evento = '110111' AND e.ret_evento_c_stat IN ('135', '136', '155'))
