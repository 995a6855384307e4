/**
 * What differs between warehouses: the SQL of the {@code postgresql} and {@code redshift} dialects (column types,
 * temporary tables, locking, merge), the stagers that move silver rows into staging tables ({@code COPY FROM STDIN},
 * {@code COPY … FORMAT AS PARQUET}, Redshift Spectrum), and Redshift's {@code UNLOAD} of gold. Statement text is built
 * only from validated identifiers, so it can be compared with golden files; values are bound parameters, except the
 * S3 locations, IAM role and UNLOAD query that Redshift accepts only as literals, which are checked against strict
 * patterns first.
 */
package dev.nfe.redshift.dialect;
