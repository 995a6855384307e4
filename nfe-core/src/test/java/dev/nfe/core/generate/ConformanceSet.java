package dev.nfe.core.generate;

import java.time.LocalDate;
import java.util.List;

/**
 * The document set the XSD conformance test validates, shared with the coverage test that proves the set exercises
 * every group the generator can write.
 */
final class ConformanceSet {
    /** How many documents are validated. */
    static final int SIZE = 300;

    /** Element names that must appear somewhere in the set: every tax group, both models, every optional block. */
    static final List<String> EVERY_GROUP = List.of("ICMS00", "ICMS10", "ICMS20", "ICMS40", "ICMS60", "ICMS90",
            "ICMSSN101", "ICMSSN102", "ICMSSN500", "ICMSSN900", "vBCFCP", "vFCPST", "vICMSDeson", "vFCPSTRet",
            "vBCEfet", "pCredSN", "IPITrib", "IPINT", "PISAliq", "PISNT", "PISOutr", "COFINSAliq", "COFINSNT",
            "COFINSOutr", "ICMSUFDest", "IS", "IBSCBS", "gIBSCBS", "gIBSUF", "gIBSMun", "gCBS", "gRed", "ISTot",
            "IBSCBSTot", "vNFTot", "vItem", "infNFeSupl", "qrCode", "urlChave", "CPF", "NFref", "detPag", "card",
            "vTroco", "cobr", "fat", "dup", "transporta", "veicTransp", "vol", "lacres", "infAdic", "infCpl",
            "obsCont", "infRespTec", "infIntermed", "indIntermed", "dhSaiEnt", "xPed", "infAdProd", "vFrete", "vSeg",
            "vDesc", "vOutro", "CEST", "Signature");

    private ConformanceSet() {
    }

    /** Both models, IBS/CBS from 2026 and IS from 2027, with the placeholder signature the XSD requires. */
    static NfeGenerator generator() {
        return NfeGenerator.seeded(20_260_101L)
                .withItemsPerDocument(1, 12)
                .withNfceShare(35)
                .withReformShare(70)
                .withIssuePeriod(LocalDate.of(2025, 11, 1), LocalDate.of(2027, 3, 31))
                .withDummySignature();
    }
}
