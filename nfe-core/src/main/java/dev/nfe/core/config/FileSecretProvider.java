package dev.nfe.core.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.Secret;
import dev.nfe.core.spi.SecretProvider;
import dev.nfe.core.spi.TransientException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Resolves secrets from files: a directory holding one file per secret (as Docker and Kubernetes mount them; one
 * trailing line break is dropped), or one JSON object or properties file of names to values. Files are read at each
 * resolution, so a rotated secret is seen without a restart. Neither values nor file contents appear in messages.
 */
final class FileSecretProvider implements SecretProvider {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final String keyPath;
    private final Path path;
    private final Layout layout;
    private final ObjectMapper json = JsonMapper.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    /** How the secrets are laid out at {@link #path}. */
    enum Layout { DIRECTORY, JSON, PROPERTIES }

    /**
     * @param keyPath the configuration key naming {@code path}, for messages
     * @throws ConfigException if {@code path} is neither a directory nor a readable JSON object or properties file
     */
    FileSecretProvider(String keyPath, Path path) {
        this.keyPath = keyPath;
        this.path = path;
        this.layout = layoutOf(path).orElseThrow(() -> new ConfigException(keyPath
                + ": must be a directory or a .json or .properties file, was '" + path + "'"));
        if (layout == Layout.JSON) {
            jsonObject();
        }
    }

    private static Optional<Layout> layoutOf(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isDirectory(path)) {
            return Optional.of(Layout.DIRECTORY);
        }
        if (Files.isRegularFile(path) && name.endsWith(".json")) {
            return Optional.of(Layout.JSON);
        }
        if (Files.isRegularFile(path) && name.endsWith(".properties")) {
            return Optional.of(Layout.PROPERTIES);
        }
        return Optional.empty();
    }

    @Override
    public Optional<Secret> resolve(String name) {
        try {
            return switch (layout) {
                case DIRECTORY -> fromDirectory(name);
                case JSON -> Optional.ofNullable(jsonObject().get(name)).map(JsonNode::textValue).map(Secret::of);
                case PROPERTIES -> Optional.ofNullable(properties().getProperty(name)).map(Secret::of);
            };
        } catch (IOException e) {
            throw new TransientException("Cannot read secrets from " + path, e);
        }
    }

    private Optional<Secret> fromDirectory(String name) throws IOException {
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        try {
            String value = Files.readString(path.resolve(name), StandardCharsets.UTF_8);
            return Optional.of(Secret.of(value.endsWith("\r\n") ? value.substring(0, value.length() - 2)
                    : value.endsWith("\n") ? value.substring(0, value.length() - 1) : value));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private JsonNode jsonObject() {
        JsonNode root;
        try {
            root = json.readTree(path.toFile());
        } catch (JsonProcessingException e) {
            // the parser's message may quote the file's content, so neither it nor the cause is kept
            throw new ConfigException(keyPath + ": must be a JSON object of secret names to strings, was a malformed "
                    + "file '" + path + "' (line " + e.getLocation().getLineNr() + ")");
        } catch (IOException e) {
            throw new TransientException("Cannot read secrets from " + path, e);
        }
        boolean allText = root != null && root.isObject();
        if (allText) {
            for (JsonNode value : root) {
                allText &= value.isTextual();
            }
        }
        if (!allText) {
            throw new ConfigException(keyPath + ": must be a JSON object of secret names to strings, was '" + path
                    + "'");
        }
        return root;
    }

    private Properties properties() throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Override
    public String toString() {
        return "FileSecretProvider[" + layout + " " + path + "]";
    }
}
