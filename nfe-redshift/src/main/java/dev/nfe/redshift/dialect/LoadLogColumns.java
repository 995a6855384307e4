package dev.nfe.redshift.dialect;

/** The load log table's columns, the same in every dialect except for the text and timestamp types. */
final class LoadLogColumns {

    private LoadLogColumns() {
    }

    static String createTable(String table, String textType, String timestampType) {
        return "CREATE TABLE IF NOT EXISTS " + table + " (\n"
                + "  batch_id varchar(256) NOT NULL,\n"
                + "  rule_set_checksum varchar(64) NOT NULL,\n"
                + "  content_checksum varchar(64) NOT NULL,\n"
                + "  tables " + textType + " NOT NULL,\n"
                + "  row_counts " + textType + " NOT NULL,\n"
                + "  started_at " + timestampType + " NOT NULL,\n"
                + "  finished_at " + timestampType + " NOT NULL,\n"
                + "  status varchar(16) NOT NULL,\n"
                + "  error " + textType + "\n"
                + ")";
    }
}
