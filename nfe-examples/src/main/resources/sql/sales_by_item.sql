-- Sales by item: one row per item of every authorised outgoing NF-e / NFC-e, from the current version of its
-- document. One chave arrives as several versions (the bare NFe, signed or not, and later its nfeProc; silver keeps
-- each with its doc_hash), and the current one is, whatever order and batches they arrive in:
--   1. an nfeProc (it has a protocol receipt time, prot_nfe_dh_recbto) beats a bare NFe (which has none, NULL), so
--      a bare NFe arriving after its nfeProc never replaces it;
--   2. of two nfeProcs, the later prot_nfe_dh_recbto wins;
--   3. equal receipt times (two bare NFes, or two spellings of one nfeProc) fall back to the greater doc_hash.
-- The loader applies this order (@version: NULL is older than any value, later columns break ties) both inside the
-- batch and against the rows already loaded. A bare NFe counts as authorised until its nfeProc says otherwise.
-- A cancellation (event 110111 that SEFAZ registered: cStat 135, 136 or 155, kept by nfe_event_registered, which
-- runs first) flags every item of its document, whether it comes with the document, in a later batch or in an
-- earlier one; a rejected or unanswered one (such as 501) is no cancellation, and a correction letter (110110)
-- changes no amount and is ignored.
-- @target: sales_by_item
-- @mode: merge
-- @keys: chave, n_item
-- @version: prot_nfe_dh_recbto, doc_hash
SELECT i.chave, i.n_item, n.ide_mod, n.ide_dh_emi, n.emit_cnpj, n.emit_uf, n.dest_uf,
       i.prod_c_prod, i.prod_x_prod, i.prod_cfop, i.prod_q_com, i.prod_v_prod, i.prod_v_desc,
       n.prot_nfe_dh_recbto, n.doc_kind, n.doc_hash,
       i.chave IN (SELECT e.chave FROM ${schema}.nfe_event_registered AS e WHERE e.tp_evento = '110111') AS cancelled,
       :batch_id AS batch_id
FROM ${staging.nfe_item} AS i
JOIN ${staging.nfe} AS n ON n.chave = i.chave AND n.doc_hash = i.doc_hash
WHERE n.ide_tp_nf = '1'
  AND COALESCE(n.prot_nfe_c_stat, '100') IN ('100', '150')
UNION ALL
SELECT t.chave, t.n_item, t.ide_mod, t.ide_dh_emi, t.emit_cnpj, t.emit_uf, t.dest_uf,
       t.prod_c_prod, t.prod_x_prod, t.prod_cfop, t.prod_q_com, t.prod_v_prod, t.prod_v_desc,
       t.prot_nfe_dh_recbto, t.doc_kind, t.doc_hash, true, :batch_id
FROM ${target} AS t
WHERE NOT t.cancelled
  AND t.chave IN (SELECT e.chave FROM ${schema}.nfe_event_registered AS e
                  WHERE e.tp_evento = '110111' AND e.batch_id = :batch_id)
