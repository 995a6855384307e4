package dev.nfe.core.extract;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One request to SEFAZ's NFeDistribuicaoDFe service: the {@code distDFeInt} (layout 1.01) of a party, wrapped in the
 * SOAP 1.2 envelope of the {@code nfeDistDFeInteresse} operation.
 *
 * @param tpAmb the environment: 1 production, 2 homologation
 * @param cUFAutor the IBGE code of the party's state (two digits)
 * @param party the CNPJ (14 digits) or CPF (11 digits) the documents were issued against
 * @param query which documents are asked for
 */
record DistDFeRequest(int tpAmb, String cUFAutor, String party, DistDFeQuery query) {
    static final String SOAP_12_NAMESPACE = "http://www.w3.org/2003/05/soap-envelope";
    static final String WSDL_NAMESPACE = "http://www.portalfiscal.inf.br/nfe/wsdl/NFeDistribuicaoDFe";
    static final String NFE_NAMESPACE = "http://www.portalfiscal.inf.br/nfe";
    static final String SOAP_ACTION = WSDL_NAMESPACE + "/nfeDistDFeInteresse";

    private static final Pattern UF = Pattern.compile("[1-5][0-9]");
    private static final Pattern CNPJ = Pattern.compile("[0-9]{14}");
    private static final Pattern CPF = Pattern.compile("[0-9]{11}");

    DistDFeRequest {
        Objects.requireNonNull(cUFAutor, "cUFAutor");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(query, "query");
        if (tpAmb != 1 && tpAmb != 2) {
            throw new IllegalArgumentException("Cannot build distDFeInt: tpAmb must be 1 or 2, was " + tpAmb);
        }
        if (!UF.matcher(cUFAutor).matches()) {
            throw new IllegalArgumentException(
                    "Cannot build distDFeInt: cUFAutor must be a two-digit IBGE state code, was '" + cUFAutor + "'");
        }
        if (!CNPJ.matcher(party).matches() && !CPF.matcher(party).matches()) {
            throw new IllegalArgumentException(
                    "Cannot build distDFeInt: the party must be a CNPJ of 14 digits or a CPF of 11 digits");
        }
    }

    /** The {@code distDFeInt} element alone, as the service's schema defines it. */
    String distDFeInt() {
        String partyTag = party.length() == 14 ? "CNPJ" : "CPF";
        return "<distDFeInt xmlns=\"" + NFE_NAMESPACE + "\" versao=\"1.01\">"
                + "<tpAmb>" + tpAmb + "</tpAmb>"
                + "<cUFAutor>" + cUFAutor + "</cUFAutor>"
                + "<" + partyTag + ">" + party + "</" + partyTag + ">"
                + query.element()
                + "</distDFeInt>";
    }

    /** The SOAP 1.2 envelope sent as the HTTP body, UTF-8, without a SOAP header. */
    byte[] envelope() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<soap12:Envelope xmlns:soap12=\"" + SOAP_12_NAMESPACE + "\">"
                + "<soap12:Body>"
                + "<nfeDistDFeInteresse xmlns=\"" + WSDL_NAMESPACE + "\">"
                + "<nfeDadosMsg>" + distDFeInt() + "</nfeDadosMsg>"
                + "</nfeDistDFeInteresse>"
                + "</soap12:Body>"
                + "</soap12:Envelope>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
