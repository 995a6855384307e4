package dev.nfe.core.silver;

import dev.nfe.core.model.AccessKey;
import dev.nfe.core.model.COFINS;
import dev.nfe.core.model.Card;
import dev.nfe.core.model.Det;
import dev.nfe.core.model.DetPag;
import dev.nfe.core.model.Emit;
import dev.nfe.core.model.Ender;
import dev.nfe.core.model.Event;
import dev.nfe.core.model.EventDetail;
import dev.nfe.core.model.EventSummary;
import dev.nfe.core.model.GCBS;
import dev.nfe.core.model.GIBSCBS;
import dev.nfe.core.model.GIBSMun;
import dev.nfe.core.model.GIBSUF;
import dev.nfe.core.model.IBSCBS;
import dev.nfe.core.model.ICMS;
import dev.nfe.core.model.ICMSTot;
import dev.nfe.core.model.IPI;
import dev.nfe.core.model.IbsCbsLayoutVariant;
import dev.nfe.core.model.Ide;
import dev.nfe.core.model.Imposto;
import dev.nfe.core.model.InfNFeSupl;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.model.NfeSummary;
import dev.nfe.core.model.PIS;
import dev.nfe.core.model.Pag;
import dev.nfe.core.model.Prod;
import dev.nfe.core.model.ProtNFe;
import dev.nfe.core.model.RetEvento;
import dev.nfe.core.model.Total;
import dev.nfe.core.model.Transp;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Small hand-built model documents for the silver tests. Every fixture is a complete, valid record with defaults,
 * overridden by {@code component, value} pairs ({@code nfe("dest", dest())}); values may be given as the component's
 * type or as layout text ({@code "10.00"}, {@code "2024-03-01T10:15:30-03:00"}), and an {@code Optional} or
 * {@code List} component takes its element directly.
 */
final class SilverFixtures {

    /** A well-formed chave with a valid check digit: SP, 2024-01, model 55, series 1, number 1234. */
    /** A version for rows whose bronze file does not matter: an unsigned document with a fixed hash. */
    static final DocumentVersion VERSION = new DocumentVersion("ab".repeat(32), false);

    static final AccessKey CHAVE = chave("3524011234567800019555001000001234112345678");
    /** The same issuer's NFC-e (model 65). */
    static final AccessKey CHAVE_NFCE = chave("3524011234567800019565001000000077112345678");

    private SilverFixtures() {
    }

    static AccessKey chave(String first43) {
        return new AccessKey(first43 + AccessKey.computeCheckDigit(first43));
    }

    /** An NF-e with two items, no recipient, no billing and one cash payment, unless overridden. */
    static Nfe nfe(Object... overrides) {
        return record(Nfe.class, merge(new Object[] {
                "chave", CHAVE, "versao", "4.00", "ide", ide(), "emit", emit(), "det", List.of(det(1), det(2)),
                "total", total(), "transp", record(Transp.class, "modFrete", "9"),
                "pag", record(Pag.class, "detPag", List.of(detPag("01", "100.00")))}, overrides));
    }

    static Ide ide(Object... overrides) {
        return record(Ide.class, merge(new Object[] {
                "cUF", "35", "cNF", "12345678", "natOp", "VENDA", "mod", 55, "serie", 1, "nNF", 1234L,
                "dhEmi", "2024-01-15T10:15:30-03:00", "tpNF", "1", "idDest", "1", "cMunFG", "3550308", "tpImp", "1",
                "tpEmis", "1", "cDV", "8", "tpAmb", "2", "finNFe", "1", "indFinal", "0", "indPres", "1",
                "procEmi", "0", "verProc", "nfe-pipeline 1.0"}, overrides));
    }

    static Emit emit(Object... overrides) {
        return record(Emit.class, merge(new Object[] {
                "cnpj", "12345678000195", "xNome", "EMITENTE LTDA", "enderEmit", ender(), "ie", "123456789012",
                "crt", "3"}, overrides));
    }

    static Ender ender(Object... overrides) {
        return record(Ender.class, merge(new Object[] {
                "xLgr", "RUA A", "nro", "10", "xBairro", "CENTRO", "cMun", "3550308", "xMun", "SAO PAULO",
                "uf", "SP", "cep", "01001000"}, overrides));
    }

    /** An item with an ICMS00, the given overrides applied to {@code det}. */
    static Det det(int nItem, Object... overrides) {
        return record(Det.class, merge(new Object[] {
                "nItem", nItem, "prod", prod("P" + nItem),
                "imposto", record(Imposto.class, "icms", icms("ICMS00", "orig", "0", "cst", "00", "modBC", "3",
                        "vBC", "50.00", "pICMS", "18.00", "vICMS", "9.00"))}, overrides));
    }

    static Prod prod(String cProd, Object... overrides) {
        return record(Prod.class, merge(new Object[] {
                "cProd", cProd, "cEAN", "SEM GTIN", "xProd", "PRODUTO " + cProd, "ncm", "61091000",
                "cfop", "5102", "uCom", "UN", "qCom", "2.0000", "vUnCom", "25.0000000000", "vProd", "50.00",
                "cEANTrib", "SEM GTIN", "uTrib", "UN", "qTrib", "2.0000", "vUnTrib", "25.0000000000",
                "indTot", "1"}, overrides));
    }

    static ICMS icms(String group, Object... fields) {
        return record(ICMS.class, merge(new Object[] {"group", group}, fields));
    }

    static IPI ipiTrib(Object... overrides) {
        return record(IPI.class, merge(new Object[] {
                "cEnq", "999", "group", "IPITrib", "cst", "50", "vBC", "100.00", "pIPI", "5.0000",
                "vIPI", "5.00"}, overrides));
    }

    static PIS pisAliq(String vBC, String pPIS, String vPIS) {
        return record(PIS.class, "group", "PISAliq", "cst", "01", "vBC", vBC, "pPIS", pPIS, "vPIS", vPIS);
    }

    static COFINS cofinsAliq(String vBC, String pCOFINS, String vCOFINS) {
        return record(COFINS.class, "group", "COFINSAliq", "cst", "01", "vBC", vBC, "pCOFINS", pCOFINS,
                "vCOFINS", vCOFINS);
    }

    /** IBS and CBS of a regular taxed item: state 0.1%, municipal 0%, CBS 0.9% on {@code vBC}. */
    static IBSCBS ibscbs(String vBC, String vIBSUF, String vIBSMun, String vCBS) {
        BigDecimal ibs = new BigDecimal(vIBSUF).add(new BigDecimal(vIBSMun));
        return record(IBSCBS.class, "cst", "000", "cClassTrib", "000001",
                "gIBSCBS", record(GIBSCBS.class,
                        "vBC", vBC,
                        "gIBSUF", record(GIBSUF.class, "pIBSUF", "0.1000", "vIBSUF", vIBSUF),
                        "gIBSMun", record(GIBSMun.class, "pIBSMun", "0.0000", "vIBSMun", vIBSMun),
                        "vIBS", ibs,
                        "gCBS", record(GCBS.class, "pCBS", "0.9000", "vCBS", vCBS)),
                "layoutVariant", IbsCbsLayoutVariant.V1_20);
    }

    static Total total(Object... icmsTotOverrides) {
        return record(Total.class, "icmsTot", record(ICMSTot.class, merge(new Object[] {
                "vBC", "100.00", "vICMS", "18.00", "vBCST", "0.00", "vST", "0.00", "vProd", "100.00",
                "vFrete", "0.00", "vSeg", "0.00", "vDesc", "0.00", "vII", "0.00", "vIPI", "0.00", "vPIS", "0.00",
                "vCOFINS", "0.00", "vOutro", "0.00", "vNF", "100.00"}, icmsTotOverrides)));
    }

    static DetPag detPag(String tPag, String vPag, Object... overrides) {
        return record(DetPag.class, merge(new Object[] {"tPag", tPag, "vPag", vPag}, overrides));
    }

    static Card card(Object... fields) {
        return record(Card.class, fields);
    }

    static ProtNFe protNFe(AccessKey chave) {
        return record(ProtNFe.class, "versao", "4.00", "id", "ID135240000012345", "tpAmb", "2",
                "verAplic", "SP_NFE_PL009_V4", "chNFe", chave.value(), "dhRecbto", "2024-01-15T10:16:02-03:00",
                "nProt", "135240000012345", "digVal", "abc=", "cStat", "100", "xMotivo", "Autorizado o uso da NF-e");
    }

    /** An NFC-e paid by credit card, with its QR code, authorised. */
    static Nfe nfce() {
        return nfe("chave", CHAVE_NFCE,
                "ide", ide("mod", 65, "serie", 1, "nNF", 77L, "tpImp", "4", "indFinal", "1", "cDV", "2"),
                "det", List.of(det(1)),
                "total", total("vBC", "50.00", "vICMS", "9.00", "vProd", "50.00", "vNF", "50.00"),
                "pag", record(Pag.class, "detPag", List.of(detPag("03", "50.00", "indPag", "0",
                        "card", card("tpIntegra", "1", "cnpj", "11222333000181", "tBand", "01", "cAut", "A1B2C3"))),
                        "vTroco", "0.00"),
                "infNFeSupl", record(InfNFeSupl.class, "qrCode", "https://nfce.fazenda.sp.gov.br/qrcode?p=1|2|3",
                        "urlChave", "https://www.nfce.fazenda.sp.gov.br/consulta"),
                "protNFe", protNFe(CHAVE_NFCE));
    }

    /**
     * An NF-e with two items: item 1 with ICMS00 and FCP, item 2 with ICMS10 (ST and FCP ST) and IPI; both with PIS,
     * COFINS and IBS/CBS. The det list is out of order on purpose.
     */
    static Nfe twoItemNfe() {
        Det first = det(1,
                "prod", prod("P1", "qCom", "2.0000", "vUnCom", "50.0000000000", "vProd", "100.00",
                        "qTrib", "2.0000", "vUnTrib", "50.0000000000"),
                "imposto", record(Imposto.class,
                        "vTotTrib", "30.35",
                        "icms", icms("ICMS00", "orig", "0", "cst", "00", "modBC", "3", "vBC", "100.00",
                                "pICMS", "18.0000", "vICMS", "18.00", "pFCP", "2.0000", "vFCP", "2.00"),
                        "pis", pisAliq("100.00", "1.6500", "1.65"),
                        "cofins", cofinsAliq("100.00", "7.6000", "7.60"),
                        "ibscbs", ibscbs("100.00", "0.10", "0.00", "0.90")));
        Det second = det(2,
                "prod", prod("P2", "qCom", "1.0000", "vUnCom", "200.0000000000", "vProd", "200.00",
                        "qTrib", "1.0000", "vUnTrib", "200.0000000000"),
                "imposto", record(Imposto.class,
                        "icms", icms("ICMS10", "orig", "0", "cst", "10", "modBC", "3", "vBC", "200.00",
                                "pICMS", "18.0000", "vICMS", "36.00", "vBCFCP", "200.00", "pFCP", "2.0000",
                                "vFCP", "4.00", "modBCST", "4", "pMVAST", "40.0000", "vBCST", "294.00",
                                "pICMSST", "18.0000", "vICMSST", "16.92", "vBCFCPST", "294.00", "pFCPST", "2.0000",
                                "vFCPST", "1.88"),
                        "ipi", ipiTrib("vBC", "200.00", "pIPI", "5.0000", "vIPI", "10.00"),
                        "pis", pisAliq("200.00", "1.6500", "3.30"),
                        "cofins", cofinsAliq("200.00", "7.6000", "15.20"),
                        "ibscbs", ibscbs("200.00", "0.20", "0.00", "1.80")),
                "infAdProd", "LOTE 7");
        return nfe("det", List.of(second, first),
                "total", total("vBC", "300.00", "vICMS", "54.00", "vFCP", "6.00", "vBCST", "294.00",
                        "vST", "16.92", "vFCPST", "1.88", "vProd", "300.00", "vIPI", "10.00", "vPIS", "4.95",
                        "vCOFINS", "22.80", "vNF", "328.80"),
                "pag", record(Pag.class, "detPag", List.of(detPag("15", "228.80", "indPag", "1"), detPag("01", "100.00"))),
                "protNFe", protNFe(CHAVE));
    }

    static Event event(String tpEvento, EventDetail detail, Object... overrides) {
        return record(Event.class, merge(new Object[] {
                "chave", CHAVE, "id", Event.idOf(tpEvento, CHAVE, 1), "versao", "1.00", "cOrgao", "35",
                "tpAmb", "2", "cnpj", "12345678000195", "dhEvento", "2024-01-16T09:00:00-03:00",
                "tpEvento", tpEvento, "nSeqEvento", 1, "verEvento", "1.00", "detail", detail}, overrides));
    }

    static RetEvento retEvento(String tpEvento, Object... overrides) {
        return record(RetEvento.class, merge(new Object[] {
                "versao", "1.00", "tpAmb", "2", "verAplic", "SP_EVENTOS_PL_100", "cOrgao", "35", "cStat", "135",
                "xMotivo", "Evento registrado e vinculado a NF-e", "chNFe", CHAVE.value(), "tpEvento", tpEvento,
                "nSeqEvento", 1, "dhRegEvento", "2024-01-16T09:00:05-03:00", "nProt", "135240000099999"}, overrides));
    }

    static NfeSummary nfeSummary() {
        return record(NfeSummary.class, "chave", CHAVE, "versao", "1.01", "cnpj", "12345678000195",
                "xNome", "EMITENTE LTDA", "ie", "123456789012", "dhEmi", "2024-01-15T10:15:30-03:00", "tpNF", "1",
                "vNF", "100.00", "digVal", "abc=", "dhRecbto", "2024-01-15T10:16:02-03:00", "nProt", "135240000012345",
                "cSitNFe", "1");
    }

    static EventSummary eventSummary() {
        return record(EventSummary.class, "chave", CHAVE, "versao", "1.01", "cOrgao", "35",
                "cnpj", "12345678000195", "dhEvento", "2024-01-16T09:00:00-03:00", "tpEvento", "110111",
                "nSeqEvento", 1, "xEvento", "Cancelamento", "dhRecbto", "2024-01-16T09:00:05-03:00",
                "nProt", "135240000099999");
    }

    /** {@code defaults} with {@code overrides} applied, both as {@code component, value} pairs. */
    static Object[] merge(Object[] defaults, Object[] overrides) {
        Map<Object, Object> merged = new LinkedHashMap<>();
        for (int i = 0; i < defaults.length; i += 2) {
            merged.put(defaults[i], defaults[i + 1]);
        }
        for (int i = 0; i < overrides.length; i += 2) {
            merged.put(overrides[i], overrides[i + 1]);
        }
        Object[] pairs = new Object[merged.size() * 2];
        int i = 0;
        for (Map.Entry<Object, Object> entry : merged.entrySet()) {
            pairs[i++] = entry.getKey();
            pairs[i++] = entry.getValue();
        }
        return pairs;
    }

    /**
     * A record of {@code type} built through its canonical constructor from {@code component, value} pairs;
     * components not given are {@code Optional.empty()} or an empty list, and a missing required one fails.
     */
    static <R extends Record> R record(Class<R> type, Object... pairs) {
        Map<String, Object> given = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            given.put((String) pairs[i], pairs[i + 1]);
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            boolean present = given.containsKey(component.getName());
            Object value = given.remove(component.getName());
            if (component.getType() == Optional.class) {
                args[i] = !present || value == null ? Optional.empty()
                        : value instanceof Optional<?> optional ? optional
                        : Optional.of(convert(value, elementType(component.getGenericType())));
            } else if (component.getType() == List.class) {
                args[i] = present ? value : List.of();
            } else if (present) {
                args[i] = convert(value, component.getType());
            } else {
                throw new IllegalArgumentException(type.getSimpleName() + "." + component.getName() + " is required");
            }
        }
        if (!given.isEmpty()) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no components " + given.keySet());
        }
        try {
            Constructor<R> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName(), e);
        }
    }

    private static Class<?> elementType(Type generic) {
        Type argument = ((ParameterizedType) generic).getActualTypeArguments()[0];
        return argument instanceof ParameterizedType parameterized
                ? (Class<?>) parameterized.getRawType()
                : (Class<?>) argument;
    }

    private static Object convert(Object value, Class<?> target) {
        if (target.isInstance(value) || target == int.class && value instanceof Integer
                || target == long.class && value instanceof Long) {
            return value;
        }
        if (value instanceof String text) {
            if (target == BigDecimal.class) {
                return new BigDecimal(text);
            }
            if (target == LocalDate.class) {
                return LocalDate.parse(text);
            }
            if (target == LocalTime.class) {
                return LocalTime.parse(text);
            }
            if (target == OffsetDateTime.class) {
                return OffsetDateTime.parse(text);
            }
            if (target == int.class || target == Integer.class) {
                return Integer.parseInt(text);
            }
            if (target == long.class || target == Long.class) {
                return Long.parseLong(text);
            }
        }
        throw new IllegalArgumentException("Cannot use " + value + " as a " + target.getSimpleName());
    }
}
