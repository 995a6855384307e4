-- Target tables of the loader tests.
CREATE TABLE IF NOT EXISTS ${schema}.sales_by_item (
  chave varchar(44) NOT NULL,
  n_item integer NOT NULL,
  prod_c_prod varchar(60),
  emit_uf varchar(2),
  prod_v_prod numeric(15,2),
  prot_nfe_dh_recbto timestamptz,
  cancelled boolean NOT NULL,
  batch_id varchar(128) NOT NULL,
  PRIMARY KEY (chave, n_item)
);
CREATE TABLE IF NOT EXISTS ${schema}.sales_by_uf (
  uf varchar(2),
  total numeric(15,2),
  documents bigint,
  batch_id varchar(128) NOT NULL
);
