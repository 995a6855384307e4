-- A target and a function that read what the rule cannot name: the number of columns of the staging table of nfe.
CREATE TABLE IF NOT EXISTS ${schema}.staged_width (chave varchar(44), width bigint, batch_id varchar(128));
CREATE OR REPLACE FUNCTION ${schema}.staged_nfe_width() RETURNS bigint LANGUAGE sql AS
'SELECT COUNT(*) FROM pg_attribute WHERE attrelid = to_regclass(''pg_temp.nfe_stg_nfe'') AND attnum > 0 AND NOT attisdropped';
