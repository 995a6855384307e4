-- @target: staged_width
SELECT n.chave, ${schema}.staged_nfe_width() AS width, :batch_id AS batch_id
FROM ${staging.nfe} AS n
