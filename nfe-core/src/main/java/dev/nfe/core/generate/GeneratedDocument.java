package dev.nfe.core.generate;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.nfe.core.spi.MediaType;
import dev.nfe.core.spi.RawDocument;

/**
 * A generated nfeProc document and the values a test expects to read back from it.
 *
 * @param index the generator index it was made from
 * @param chave the chave de acesso ({@code infNFe/@Id} without "NFe", {@code protNFe/infProt/chNFe})
 * @param model NF-e (55) or NFC-e (65)
 * @param emitter the {@code emit} party
 * @param recipient the {@code dest} party; absent on some NFC-e
 * @param dhEmi {@code ide/dhEmi} exactly as written, with its UTC offset
 * @param nProt the authorisation protocol ({@code protNFe/infProt/nProt})
 * @param dhRecbto {@code protNFe/infProt/dhRecbto} as written
 * @param digVal {@code protNFe/infProt/digVal}, base64
 * @param items the items, in {@code nItem} order
 * @param totals the document totals
 * @param xml the UTF-8 bytes; copied on the way in and out, read it with {@link #openStream()}
 */
public record GeneratedDocument(int index, String chave, DocumentModel model, GeneratedParty emitter,
                                Optional<GeneratedParty> recipient, String dhEmi, String nProt, String dhRecbto,
                                String digVal, List<GeneratedItem> items, ExpectedTotals totals, byte[] xml) {
    public GeneratedDocument {
        Objects.requireNonNull(chave, "chave");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(emitter, "emitter");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(dhEmi, "dhEmi");
        Objects.requireNonNull(nProt, "nProt");
        Objects.requireNonNull(dhRecbto, "dhRecbto");
        Objects.requireNonNull(digVal, "digVal");
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(xml, "xml");
        items = List.copyOf(items);
        xml = xml.clone();
    }

    /** A copy of the XML bytes. Prefer {@link #openStream()}, which does not copy. */
    @Override
    public byte[] xml() {
        return xml.clone();
    }

    /** A fresh stream over the XML, without copying it. */
    public InputStream openStream() {
        return new ByteArrayInputStream(xml);
    }

    /** The XML's length in bytes. */
    public int size() {
        return xml.length;
    }

    /** The emitter's CNPJ ({@code emit/CNPJ}). */
    public String emitterCnpj() {
        return emitter.taxId();
    }

    /** {@code ICMSTot/vNF}. */
    public BigDecimal vNF() {
        return totals.vNF();
    }

    /** {@code ICMSTot/vProd}. */
    public BigDecimal vProd() {
        return totals.vProd();
    }

    /** The number of {@code det} items. */
    public int itemCount() {
        return items.size();
    }

    /** The sum of the items' {@code prod/vProd}, computed from the items (equal to {@link #vProd()}). */
    public BigDecimal itemVProdSum() {
        return items.stream().map(GeneratedItem::vProd).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The same invoice without its protocol: the {@code NFe} element of {@link #xml()} alone, with an XML
     * declaration, as an ERP delivers it before (or without waiting for) authorization; signed when the generator
     * signs ({@link NfeGenerator#withDummySignature()}), unsigned otherwise.
     */
    public byte[] bareNfeXml() {
        String text = new String(xml, StandardCharsets.UTF_8);
        int start = text.indexOf("<NFe ");
        int end = text.indexOf("</NFe>") + "</NFe>".length();
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + text.substring(start, end))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The file name {@code NfeGenerator#writeTo} uses: {@code <chave>-procNFe.xml}. */
    public String fileName() {
        return chave + "-procNFe.xml";
    }

    /** This document as the pipeline receives it: an XML {@link RawDocument} identified by its chave. */
    public RawDocument toRawDocument(String source, Instant fetchedAt) {
        return new RawDocument(chave, xml, MediaType.XML, source, fetchedAt);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GeneratedDocument that
                && index == that.index
                && chave.equals(that.chave)
                && model == that.model
                && emitter.equals(that.emitter)
                && recipient.equals(that.recipient)
                && dhEmi.equals(that.dhEmi)
                && nProt.equals(that.nProt)
                && dhRecbto.equals(that.dhRecbto)
                && digVal.equals(that.digVal)
                && items.equals(that.items)
                && totals.equals(that.totals)
                && Arrays.equals(xml, that.xml);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, chave, Arrays.hashCode(xml));
    }

    @Override
    public String toString() {
        return "GeneratedDocument[index=" + index + ", chave=" + chave + ", model=" + model + ", items="
                + items.size() + ", vNF=" + totals.vNF() + ", bytes=" + xml.length + "]";
    }
}
