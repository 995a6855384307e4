-- Issued totals per emitter UF, per batch.
SELECT n.emit_uf AS uf, SUM(n.icms_tot_v_nf) AS total, COUNT(*) AS documents, :batch_id AS batch_id
FROM ${staging.nfe} AS n
GROUP BY n.emit_uf
