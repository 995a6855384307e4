package dev.nfe.core.silver;

import dev.nfe.core.spi.ColumnType;

/**
 * The {@code DECIMAL} column types of the silver tables, one per family of the layout's {@code TDec_IIDD} types
 * ({@code II} integer digits, up to {@code DD} decimals) in {@code tiposBasico_v4.00.xsd} and
 * {@code DFeTiposBasicos_v1.00.xsd}. A column's precision is the integer digits plus the decimals, and its scale is
 * the most decimals the type allows, so every valid value fits without rounding.
 */
final class LayoutDecimals {

    /** Money: {@code TDec_1302}, {@code TDec_1302Opc}, {@code TDec1302RTC}. */
    static final ColumnType MONEY = ColumnType.MONEY;
    /**
     * Rates and percentages: {@code TDec_0302a04}, {@code TDec_0302a04Opc}, {@code TDec_0302a04Max100},
     * {@code TDec_0302Max100}, {@code TDec_0304Max100}, {@code TDec_03v00a04Max100Opc}, {@code TDec_0302_04RTC},
     * {@code TDec_0104v}, {@code TDec_0204v}; also the ad rem rates ({@code adRemICMS}, {@code adRemIBS}).
     */
    static final ColumnType RATE = ColumnType.decimal(7, 4);
    /**
     * Quantities and unit values with 11 integer digits: {@code TDec_1104}, {@code TDec_1104v}, {@code TDec_1104Opc},
     * {@code TDec1104RTC}.
     */
    static final ColumnType QUANTITY = ColumnType.decimal(15, 4);
    /**
     * Quantities with 12 integer digits: {@code TDec_1204}, {@code TDec_1204v}, {@code TDec_1204Opc},
     * {@code TDec_1204temperatura}.
     */
    static final ColumnType QUANTITY_12 = ColumnType.decimal(16, 4);
    /** Unit prices and cane quantities with 10 decimals: {@code TDec_1110v}. */
    static final ColumnType TEN_DECIMALS = ColumnType.decimal(21, 10);
    /** Weights and pump meter readings: {@code TDec_1203}. */
    static final ColumnType WEIGHT = ColumnType.decimal(15, 3);
    /** Lot and packaging quantities: {@code TDec_0803v}. */
    static final ColumnType LOT_QUANTITY = ColumnType.decimal(11, 3);

    private LayoutDecimals() {
    }
}
