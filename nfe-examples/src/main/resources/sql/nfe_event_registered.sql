-- Registered events: one row per event SEFAZ registered (retEvento cStat 135, 136 or 155), kept whether or not its
-- NF-e has arrived, so that the rules after it apply events to a chave whatever order documents arrive in (a
-- cancellation delivered before its NF-e still cancels it when the NF-e comes). A rejected event (such as 501) or
-- one without an answer registers nothing. The same event delivered again (another file, another doc_hash) stays one
-- row; of two copies the greater doc_hash is kept, so every arrival order keeps the same one. Run it first.
-- @target: nfe_event_registered
-- @mode: merge
-- @keys: chave, tp_evento, n_seq_evento
-- @version: doc_hash
SELECT e.chave, e.tp_evento, e.n_seq_evento, e.ret_evento_c_stat, e.ret_evento_dh_reg_evento, e.doc_hash,
       :batch_id AS batch_id
FROM ${staging.nfe_event} AS e
WHERE e.ret_evento_c_stat IN ('135', '136', '155')
