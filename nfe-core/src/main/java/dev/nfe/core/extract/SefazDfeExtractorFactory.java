package dev.nfe.core.extract;

import dev.nfe.core.spi.ConfigDef;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigKey;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.ConfigValues;
import dev.nfe.core.spi.Extractor;
import dev.nfe.core.spi.ExtractorFactory;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.Secret;
import dev.nfe.core.spi.SecretProvider;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the {@code sefaz-dfe} extractor ({@link DistDFeExtractor}) over SEFAZ's NFeDistribuicaoDFe with the
 * company's A1 certificate ({@link SefazCertificate}) and {@link SefazClient}. Its keys are declared in
 * {@link #configDef()}; the certificate's content and password are sensitive and are read through
 * {@code ${secret:…}}.
 */
public final class SefazDfeExtractorFactory implements ExtractorFactory {
    static final String PRODUCTION_URL = "https://www1.nfe.fazenda.gov.br/NFeDistribuicaoDFe/NFeDistribuicaoDFe.asmx";
    static final String HOMOLOGATION_URL =
            "https://hom1.nfe.fazenda.gov.br/NFeDistribuicaoDFe/NFeDistribuicaoDFe.asmx";
    static final String EVENT_PRODUCTION_URL =
            "https://www.nfe.fazenda.gov.br/NFeRecepcaoEvento4/NFeRecepcaoEvento4.asmx";
    static final String EVENT_HOMOLOGATION_URL =
            "https://hom1.nfe.fazenda.gov.br/NFeRecepcaoEvento4/NFeRecepcaoEvento4.asmx";

    private static final String ENVIRONMENT = "environment";
    private static final String URL = "url";
    private static final String UF = "cUFAutor";
    private static final String CNPJ = "cnpj";
    private static final String CPF = "cpf";
    private static final String MODE = "mode";
    private static final String START_NSU = "startNsu";
    private static final String NSUS = "nsus";
    private static final String CHAVES = "chaves";
    private static final String CERTIFICATE = "certificate";
    private static final String PKCS12 = "pkcs12";
    private static final String FILE = "file";
    private static final String PASSWORD = "password";
    private static final String TRUST_STORE = "trustStore";
    private static final String RETRY = "retry";
    private static final String MAX_ATTEMPTS = "maxAttempts";
    private static final String BACKOFF = "backoff";
    private static final String MAX_BACKOFF = "maxBackoff";
    private static final String CONNECT_TIMEOUT = "connectTimeout";
    private static final String REQUEST_TIMEOUT = "requestTimeout";
    private static final String MAX_RESPONSE_BYTES = "maxResponseBytes";
    private static final String MAX_DOCUMENT_BYTES = "maxDocumentBytes";
    private static final String MAX_COMPRESSION_RATIO = "maxCompressionRatio";
    private static final String DEADLINE_MARGIN = "deadlineMargin";
    private static final String CIENCIA = "ciencia";
    private static final String ENABLED = "enabled";
    private static final String MAX_PER_HOUR = "maxPerHour";

    private static final Pattern SECRET_PLACEHOLDER = Pattern.compile("\\$\\{secret:([^}]+)}");
    private static final FolderSettings LIMITS = FolderSettings.defaults();

    private static final ConfigDef CERTIFICATE_KEYS = ConfigDef.of(
            ConfigKey.string(PKCS12).sensitive()
                    .doc("The A1 certificate as base64 of its PKCS#12 file, usually ${secret:name}; exclusive with "
                            + "file."),
            ConfigKey.path(FILE).doc("The A1 certificate's PKCS#12 file; exclusive with pkcs12."),
            ConfigKey.string(PASSWORD).sensitive().required()
                    .doc("The PKCS#12 password, usually ${secret:name}."));

    private static final ConfigDef TRUST_KEYS = ConfigDef.of(
            ConfigKey.path(FILE).required().doc("A PKCS#12 trust store with the CAs of SEFAZ's servers (ICP-Brasil)."),
            ConfigKey.string(PASSWORD).sensitive().withDefault("")
                    .doc("The trust store's password."));

    private static final ConfigDef RETRY_KEYS = ConfigDef.of(
            ConfigKey.integer(MAX_ATTEMPTS).atLeast(1).atMost(20).withDefault(4)
                    .doc("Attempts per call, the first included."),
            ConfigKey.duration(BACKOFF).positive().withDefault("2s")
                    .doc("The wait after the first failure, doubled after each further one."),
            ConfigKey.duration(MAX_BACKOFF).positive().withDefault("60s")
                    .doc("The longest wait between attempts; at least backoff."));

    private static final ConfigDef CIENCIA_KEYS = ConfigDef.of(
            ConfigKey.bool(ENABLED).withDefault(false)
                    .doc("Send the recipient's Ciência da Operação (event 210210) for each authorized NF-e received "
                            + "as a resNFe, so that a later call serves its full procNFe."),
            ConfigKey.url(URL)
                    .doc("The NFeRecepcaoEvento4 endpoint; the Ambiente Nacional's www (production) or hom1 "
                            + "(homologation) NFeRecepcaoEvento4.asmx when absent."),
            ConfigKey.integer(MAX_PER_HOUR).atLeast(1).atMost(10_000).withDefault(60)
                    .doc("The most events sent in any hour; the others wait in the checkpoint for a later run."));

    private static final ConfigDef DEFINITION = ConfigDef.of(
            ConfigKey.oneOf(ENVIRONMENT, "production", "homologation").withDefault("production")
                    .doc("SEFAZ's environment: tpAmb 1 (production) or 2 (homologation), and its default url."),
            ConfigKey.url(URL)
                    .doc("The NFeDistribuicaoDFe endpoint; the Ambiente Nacional's www1 (production) or hom1 "
                            + "(homologation) NFeDistribuicaoDFe.asmx when absent."),
            ConfigKey.string(UF).required().matching("[1-5][0-9]")
                    .doc("cUFAutor: the IBGE code of the party's state, two digits (35 for SP)."),
            ConfigKey.string(CNPJ).matching("[0-9]{14}")
                    .doc("The CNPJ the documents are issued against, 14 digits; exclusive with cpf."),
            ConfigKey.string(CPF).matching("[0-9]{11}")
                    .doc("The CPF the documents are issued against, 11 digits; exclusive with cnpj."),
            ConfigKey.oneOf(MODE, "distNSU", "consNSU", "consChNFe").withDefault("distNSU")
                    .doc("distNSU reads everything after the checkpoint's ultNSU; consNSU and consChNFe fetch the "
                            + "listed nsus or chaves, at most 20 calls an hour."),
            ConfigKey.longInteger(START_NSU).atLeast(0).atMost(999_999_999_999_999L).withDefault(0L)
                    .doc("Mode distNSU: the ultNSU of the very first call; later runs continue from the checkpoint."),
            ConfigKey.list(NSUS).doc("Mode consNSU, required: the NSUs to fetch, digits."),
            ConfigKey.list(CHAVES).doc("Mode consChNFe, required: the chaves de acesso to fetch, 44 digits."),
            ConfigKey.section(CERTIFICATE, CERTIFICATE_KEYS)
                    .doc("The company's A1 certificate, the TLS client key SEFAZ requires."),
            ConfigKey.section(TRUST_STORE, TRUST_KEYS)
                    .doc("The CAs SEFAZ's server certificate is checked against; the JDK's when absent."),
            ConfigKey.section(RETRY, RETRY_KEYS)
                    .doc("Retry of transient failures: HTTP 408, 429 and 5xx, timeouts, resets and other I/O errors."),
            ConfigKey.duration(CONNECT_TIMEOUT).positive().withDefault("10s").doc("TCP and TLS connect timeout."),
            ConfigKey.duration(REQUEST_TIMEOUT).positive().withDefault("60s")
                    .doc("The longest a call may take, its whole answer included."),
            ConfigKey.size(MAX_RESPONSE_BYTES).atLeast(1).atMost(1L << 30).withDefault("16MiB")
                    .doc("The largest answer read."),
            ConfigKey.size(MAX_DOCUMENT_BYTES).atLeast(1).withDefault(LIMITS.maxDocumentBytes())
                    .doc("The largest document a docZip may inflate to."),
            ConfigKey.integer(MAX_COMPRESSION_RATIO).atLeast(1).atMost(1_000_000)
                    .withDefault(LIMITS.maxCompressionRatio())
                    .doc("The largest inflated-to-compressed ratio of a docZip."),
            ConfigKey.duration(DEADLINE_MARGIN).positive().withDefault("10s")
                    .doc("No new call is made when less than this remains before the run's deadline; a call or retry "
                            + "in flight is cut off when half of it remains, and made again next run."),
            ConfigKey.section(CIENCIA, CIENCIA_KEYS)
                    .doc("The Ciência da Operação sent after each resNFe, signed with the A1 certificate; off by "
                            + "default."));

    @Override
    public String type() {
        return "sefaz-dfe";
    }

    @Override
    public ConfigDef configDef() {
        return DEFINITION;
    }

    @Override
    public Extractor create(ConfigSection config, PluginContext context) {
        ConfigValues values = config.bind(DEFINITION);
        List<String> problems = new ArrayList<>();
        boolean production = values.string(ENVIRONMENT).equals("production");
        URI url = values.isSet(URL) ? values.uri(URL) : URI.create(production ? PRODUCTION_URL : HOMOLOGATION_URL);
        if (!"https".equalsIgnoreCase(url.getScheme())) {
            problems.add(values.keyPath(URL) + ": must be https, SEFAZ requires mutual TLS, was '" + url + "'");
        }
        ConfigValues ciencia = values.section(CIENCIA);
        URI eventUrl = ciencia.isSet(URL) ? ciencia.uri(URL)
                : URI.create(production ? EVENT_PRODUCTION_URL : EVENT_HOMOLOGATION_URL);
        if (!"https".equalsIgnoreCase(eventUrl.getScheme())) {
            problems.add(ciencia.keyPath(URL) + ": must be https, SEFAZ requires mutual TLS, was '" + eventUrl + "'");
        }
        Optional<String> party = party(values, problems);
        DistDFeSettings.Mode mode = switch (values.string(MODE)) {
            case "consNSU" -> DistDFeSettings.Mode.CONS_NSU;
            case "consChNFe" -> DistDFeSettings.Mode.CONS_CH_NFE;
            default -> DistDFeSettings.Mode.DIST_NSU;
        };
        List<Long> nsus = nsus(values, mode, problems);
        List<String> chaves = chaves(values, mode, problems);
        ConfigValues retry = values.section(RETRY);
        if (retry.duration(MAX_BACKOFF).compareTo(retry.duration(BACKOFF)) < 0) {
            problems.add(retry.keyPath(MAX_BACKOFF) + ": must be at least backoff (" + retry.duration(BACKOFF)
                    + "), was " + retry.duration(MAX_BACKOFF));
        }
        Optional<SefazCertificate> certificate = certificate(values, context.secrets(), problems);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        DistDFeSettings settings = new DistDFeSettings(production ? 1 : 2, values.string(UF), party.orElseThrow(),
                mode, values.longValue(START_NSU), nsus, chaves, values.size(MAX_DOCUMENT_BYTES),
                values.intValue(MAX_COMPRESSION_RATIO), values.duration(DEADLINE_MARGIN));
        HttpSourceConfig.RetrySettings retrySettings = new HttpSourceConfig.RetrySettings(
                retry.intValue(MAX_ATTEMPTS), retry.duration(BACKOFF), retry.duration(MAX_BACKOFF), 0.5,
                retry.duration(MAX_BACKOFF));
        SefazClient client = new SefazClient(certificate.orElseThrow(), url, DistDFeRequest.SOAP_ACTION,
                values.duration(CONNECT_TIMEOUT), values.duration(REQUEST_TIMEOUT), values.size(MAX_RESPONSE_BYTES),
                retrySettings, Sleeper.system());
        Optional<CienciaSender> sender = Optional.empty();
        if (ciencia.booleanValue(ENABLED)) {
            SefazClient events = new SefazClient(certificate.orElseThrow(), eventUrl, EnvEventoRequest.SOAP_ACTION,
                    values.duration(CONNECT_TIMEOUT), values.duration(REQUEST_TIMEOUT),
                    values.size(MAX_RESPONSE_BYTES), retrySettings, Sleeper.system());
            sender = Optional.of(new CienciaSender(events, certificate.orElseThrow().signer(), settings.tpAmb(),
                    settings.party(), ciencia.intValue(MAX_PER_HOUR), context.clock()));
        }
        return new DistDFeExtractor(settings, DistDFeCall.over(client), sender, context.clock());
    }

    private static Optional<String> party(ConfigValues values, List<String> problems) {
        if (values.isSet(CNPJ) == values.isSet(CPF)) {
            problems.add(values.keyPath(CNPJ) + ": exactly one of cnpj and cpf is required");
            return Optional.empty();
        }
        return Optional.of(values.isSet(CNPJ) ? values.string(CNPJ) : values.string(CPF));
    }

    private static List<Long> nsus(ConfigValues values, DistDFeSettings.Mode mode, List<String> problems) {
        if (mode != DistDFeSettings.Mode.CONS_NSU) {
            if (values.isSet(NSUS)) {
                problems.add(values.keyPath(NSUS) + ": is only read in mode consNSU");
            }
            return List.of();
        }
        if (!values.isSet(NSUS) || values.list(NSUS).isEmpty()) {
            problems.add(values.keyPath(NSUS) + ": is required in mode consNSU");
            return List.of();
        }
        List<Long> nsus = new ArrayList<>();
        List<String> listed = values.list(NSUS);
        for (int i = 0; i < listed.size(); i++) {
            try {
                nsus.add(DistDFeQuery.parseNsu(listed.get(i).trim()));
            } catch (IllegalArgumentException e) {
                problems.add(values.keyPath(NSUS) + "[" + i + "]: must be 1 to 15 digits, was '" + listed.get(i) + "'");
            }
        }
        return nsus;
    }

    private static List<String> chaves(ConfigValues values, DistDFeSettings.Mode mode, List<String> problems) {
        if (mode != DistDFeSettings.Mode.CONS_CH_NFE) {
            if (values.isSet(CHAVES)) {
                problems.add(values.keyPath(CHAVES) + ": is only read in mode consChNFe");
            }
            return List.of();
        }
        if (!values.isSet(CHAVES) || values.list(CHAVES).isEmpty()) {
            problems.add(values.keyPath(CHAVES) + ": is required in mode consChNFe");
            return List.of();
        }
        List<String> chaves = new ArrayList<>();
        List<String> listed = values.list(CHAVES);
        for (int i = 0; i < listed.size(); i++) {
            String chave = listed.get(i).trim();
            if (chave.matches("[0-9]{44}")) {
                chaves.add(chave);
            } else {
                problems.add(values.keyPath(CHAVES) + "[" + i + "]: must be 44 digits, was '" + chave + "'");
            }
        }
        return chaves;
    }

    private static Optional<SefazCertificate> certificate(ConfigValues values, SecretProvider secrets,
            List<String> problems) {
        ConfigValues certificate = values.section(CERTIFICATE);
        if (certificate.isSet(PKCS12) == certificate.isSet(FILE)) {
            problems.add(certificate.keyPath(PKCS12) + ": exactly one of pkcs12 and file is required");
            return Optional.empty();
        }
        if (!certificate.isSet(PASSWORD)) {
            problems.add(certificate.keyPath(PASSWORD) + ": is required");
            return Optional.empty();
        }
        Optional<Secret> password = resolved(certificate.secret(PASSWORD), certificate.keyPath(PASSWORD), secrets,
                problems);
        Optional<byte[]> store;
        if (certificate.isSet(PKCS12)) {
            store = resolved(certificate.secret(PKCS12), certificate.keyPath(PKCS12), secrets, problems)
                    .flatMap(secret -> base64(secret, certificate.keyPath(PKCS12), problems));
        } else {
            store = read(certificate.pathValue(FILE), certificate.keyPath(FILE), problems);
        }
        Optional<SefazCertificate.TrustStore> trust = Optional.empty();
        if (values.isSet(TRUST_STORE)) {
            ConfigValues trustStore = values.section(TRUST_STORE);
            Optional<byte[]> bytes = read(trustStore.pathValue(FILE), trustStore.keyPath(FILE), problems);
            Optional<Secret> trustPassword = resolved(trustStore.secret(PASSWORD), trustStore.keyPath(PASSWORD),
                    secrets, problems);
            if (bytes.isPresent() && trustPassword.isPresent()) {
                trust = Optional.of(new SefazCertificate.TrustStore(bytes.get(), trustPassword.get()));
            }
        }
        if (store.isEmpty() || password.isEmpty() || !problems.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(SefazCertificate.open(values.keyPath(CERTIFICATE), store.get(), password.get(), trust));
        } catch (ConfigException e) {
            problems.addAll(e.problems());
            return Optional.empty();
        }
    }

    /** {@code value} with a {@code ${secret:name}} placeholder the loader left resolved through {@code secrets}. */
    private static Optional<Secret> resolved(Secret value, String keyPath, SecretProvider secrets,
            List<String> problems) {
        Matcher matcher = SECRET_PLACEHOLDER.matcher(value.reveal());
        if (!matcher.matches()) {
            return Optional.of(value);
        }
        Optional<Secret> secret = secrets.resolve(matcher.group(1));
        if (secret.isEmpty()) {
            problems.add(keyPath + ": secret '" + matcher.group(1) + "' was not found");
        }
        return secret;
    }

    private static Optional<byte[]> base64(Secret value, String keyPath, List<String> problems) {
        try {
            return Optional.of(Base64.getMimeDecoder().decode(value.reveal().strip()));
        } catch (IllegalArgumentException e) {
            problems.add(keyPath + ": must be the base64 of a PKCS#12 file");
            return Optional.empty();
        }
    }

    private static Optional<byte[]> read(Path file, String keyPath, List<String> problems) {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            problems.add(keyPath + ": cannot read '" + file + "' (" + e.getClass().getSimpleName() + ")");
            return Optional.empty();
        }
    }
}
