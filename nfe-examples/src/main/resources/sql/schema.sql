-- Target tables of the example sales rules. Idempotent: run before every load.
CREATE TABLE IF NOT EXISTS ${schema}.nfe_event_registered (
  chave varchar(44) NOT NULL,
  tp_evento varchar(6) NOT NULL,
  n_seq_evento integer NOT NULL,
  ret_evento_c_stat varchar(3) NOT NULL,
  ret_evento_dh_reg_evento timestamptz,
  doc_hash varchar(64) NOT NULL,
  batch_id varchar(128) NOT NULL,
  PRIMARY KEY (chave, tp_evento, n_seq_evento)
);
CREATE TABLE IF NOT EXISTS ${schema}.sales_by_item (
  chave varchar(44) NOT NULL,
  n_item integer NOT NULL,
  ide_mod integer NOT NULL,
  ide_dh_emi timestamptz,
  emit_cnpj varchar(14),
  emit_uf varchar(2) NOT NULL,
  dest_uf varchar(2),
  prod_c_prod varchar(60) NOT NULL,
  prod_x_prod varchar(120) NOT NULL,
  prod_cfop varchar(4) NOT NULL,
  prod_q_com numeric(15,4) NOT NULL,
  prod_v_prod numeric(15,2) NOT NULL,
  prod_v_desc numeric(15,2),
  prot_nfe_dh_recbto timestamptz,
  doc_kind varchar(16) NOT NULL,
  doc_hash varchar(64) NOT NULL,
  cancelled boolean NOT NULL,
  batch_id varchar(128) NOT NULL,
  PRIMARY KEY (chave, n_item)
);
CREATE TABLE IF NOT EXISTS ${schema}.sales_by_cfop (
  prod_cfop varchar(4) NOT NULL PRIMARY KEY,
  documents bigint NOT NULL,
  items bigint NOT NULL,
  v_prod numeric(17,2) NOT NULL,
  v_desc numeric(17,2) NOT NULL,
  batch_id varchar(128) NOT NULL
);
CREATE TABLE IF NOT EXISTS ${schema}.sales_by_uf (
  emit_uf varchar(2) NOT NULL PRIMARY KEY,
  documents bigint NOT NULL,
  v_prod numeric(17,2) NOT NULL,
  batch_id varchar(128) NOT NULL
);
