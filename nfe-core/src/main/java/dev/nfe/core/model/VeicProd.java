package dev.nfe.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A new vehicle sold as the item ({@code veicProd}); all values are codes or text as in the layout.
 *
 * @param tpOp {@code /NFe/infNFe/det/prod/veicProd/tpOp}
 * @param chassi {@code /NFe/infNFe/det/prod/veicProd/chassi}
 * @param cCor {@code /NFe/infNFe/det/prod/veicProd/cCor}
 * @param xCor {@code /NFe/infNFe/det/prod/veicProd/xCor}
 * @param pot {@code /NFe/infNFe/det/prod/veicProd/pot}
 * @param cilin {@code /NFe/infNFe/det/prod/veicProd/cilin}
 * @param pesoL {@code /NFe/infNFe/det/prod/veicProd/pesoL}
 * @param pesoB {@code /NFe/infNFe/det/prod/veicProd/pesoB}
 * @param nSerie {@code /NFe/infNFe/det/prod/veicProd/nSerie}
 * @param tpComb {@code /NFe/infNFe/det/prod/veicProd/tpComb}
 * @param nMotor {@code /NFe/infNFe/det/prod/veicProd/nMotor}
 * @param cmt {@code /NFe/infNFe/det/prod/veicProd/CMT}
 * @param dist {@code /NFe/infNFe/det/prod/veicProd/dist}
 * @param anoMod {@code /NFe/infNFe/det/prod/veicProd/anoMod}
 * @param anoFab {@code /NFe/infNFe/det/prod/veicProd/anoFab}
 * @param tpPint {@code /NFe/infNFe/det/prod/veicProd/tpPint}
 * @param tpVeic {@code /NFe/infNFe/det/prod/veicProd/tpVeic}
 * @param espVeic {@code /NFe/infNFe/det/prod/veicProd/espVeic}
 * @param vin {@code /NFe/infNFe/det/prod/veicProd/VIN}
 * @param condVeic {@code /NFe/infNFe/det/prod/veicProd/condVeic}
 * @param cMod {@code /NFe/infNFe/det/prod/veicProd/cMod}
 * @param cCorDENATRAN {@code /NFe/infNFe/det/prod/veicProd/cCorDENATRAN}
 * @param lota {@code /NFe/infNFe/det/prod/veicProd/lota}
 * @param tpRest {@code /NFe/infNFe/det/prod/veicProd/tpRest}
 */
public record VeicProd(
        String tpOp,
        String chassi,
        String cCor,
        String xCor,
        String pot,
        String cilin,
        String pesoL,
        String pesoB,
        String nSerie,
        String tpComb,
        String nMotor,
        String cmt,
        String dist,
        String anoMod,
        String anoFab,
        String tpPint,
        String tpVeic,
        String espVeic,
        String vin,
        String condVeic,
        String cMod,
        Optional<String> cCorDENATRAN,
        String lota,
        String tpRest) {
    public VeicProd {
        Objects.requireNonNull(tpOp, "tpOp");
        Objects.requireNonNull(chassi, "chassi");
        Objects.requireNonNull(cCor, "cCor");
        Objects.requireNonNull(xCor, "xCor");
        Objects.requireNonNull(pot, "pot");
        Objects.requireNonNull(cilin, "cilin");
        Objects.requireNonNull(pesoL, "pesoL");
        Objects.requireNonNull(pesoB, "pesoB");
        Objects.requireNonNull(nSerie, "nSerie");
        Objects.requireNonNull(tpComb, "tpComb");
        Objects.requireNonNull(nMotor, "nMotor");
        Objects.requireNonNull(cmt, "cmt");
        Objects.requireNonNull(dist, "dist");
        Objects.requireNonNull(anoMod, "anoMod");
        Objects.requireNonNull(anoFab, "anoFab");
        Objects.requireNonNull(tpPint, "tpPint");
        Objects.requireNonNull(tpVeic, "tpVeic");
        Objects.requireNonNull(espVeic, "espVeic");
        Objects.requireNonNull(vin, "vin");
        Objects.requireNonNull(condVeic, "condVeic");
        Objects.requireNonNull(cMod, "cMod");
        Objects.requireNonNull(cCorDENATRAN, "cCorDENATRAN");
        Objects.requireNonNull(lota, "lota");
        Objects.requireNonNull(tpRest, "tpRest");
    }
}
