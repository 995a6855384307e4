/**
 * The {@code nfe-xml} deserializer and its hardened StAX parser: one reader per layout group ({@code IdeReader},
 * {@code EmitReader}, {@code DetReader}, {@code ICMSReader}, {@code TotalReader} …) walks the XML with an
 * {@code XmlCursor} into the records of {@link dev.nfe.core.model}, streaming, without a DOM. The parser refuses
 * DTDs and external entities, bounds size, depth, attributes and gzip inflation ({@link dev.nfe.core.xml.XmlLimits}),
 * and reports every problem as a {@link dev.nfe.core.spi.Finding} with a stable code, never as an exception. Only
 * {@link dev.nfe.core.xml.NfeXmlDeserializer}, its factory and {@code XmlLimits} are public; validation rules live
 * in {@code dev.nfe.core.validate}, not here.
 */
package dev.nfe.core.xml;
