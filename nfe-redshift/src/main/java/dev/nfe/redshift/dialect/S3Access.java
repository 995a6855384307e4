package dev.nfe.redshift.dialect;

import dev.nfe.core.spi.BatchFile;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.NfeException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where Redshift finds the lake on S3 and the IAM role it reads and writes it with. Redshift's {@code COPY},
 * {@code UNLOAD} and external DDL take these only as string literals, never as bound parameters, so both are checked
 * against strict patterns that admit no quote or backslash before they are written into a statement.
 *
 * @param root the S3 URI of the storage root, {@code s3://bucket[/prefix]}, without a trailing slash
 * @param iamRole the ARN of the IAM role Redshift assumes
 */
public record S3Access(String root, String iamRole) {
    private static final Pattern ROOT = Pattern.compile("s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](/[A-Za-z0-9._=-]+)*");
    private static final Pattern ROLE = Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:role/[A-Za-z0-9+=,.@_/-]{1,512}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._=/-]+");

    /**
     * @throws ConfigException if {@code root} is not an {@code s3://} URI of a bucket and plain key segments, or
     *     {@code iamRole} is not an IAM role ARN
     */
    public S3Access {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(iamRole, "iamRole");
        if (!ROOT.matcher(root).matches()) {
            throw new ConfigException("Invalid S3 root '" + root + "': must match " + ROOT.pattern());
        }
        if (!ROLE.matcher(iamRole).matches()) {
            throw new ConfigException("Invalid IAM role '" + iamRole + "': must be an IAM role ARN matching " + ROLE.pattern());
        }
    }

    /** The IAM role as a SQL literal. */
    String roleLiteral() {
        return "'" + iamRole + "'";
    }

    /** The S3 URI of the storage key {@code key} as a SQL literal. */
    String literal(String key) {
        if (!KEY.matcher(key).matches() || key.contains("..")) {
            throw new NfeException("Cannot address storage key " + key + " on S3: only letters, digits and ._=/- are allowed");
        }
        return "'" + root + "/" + key + "'";
    }

    /**
     * The storage key of the S3 object {@code url}, which must lie under the root: {@code s3://bucket/prefix/k}
     * becomes {@code k}. The inverse of {@link #literal}, for the URLs Redshift writes into its manifests.
     *
     * @throws NfeException if {@code url} is not under the root
     */
    public String keyOf(String url) {
        String base = root + "/";
        if (!url.startsWith(base) || url.length() == base.length()) {
            throw new NfeException("Cannot map " + url + " to a storage key: it is not under the S3 root " + root);
        }
        return url.substring(base.length());
    }

    /** The folder (ending with {@code /}) that holds every file of {@code files}, all of one table of one batch. */
    static String folderOf(List<BatchFile> files) {
        String first = files.get(0).path();
        String folder = first.substring(0, first.lastIndexOf('/') + 1);
        for (BatchFile file : files) {
            if (!file.path().startsWith(folder) || file.path().indexOf('/', folder.length()) >= 0) {
                throw new NfeException("Cannot copy table " + file.table() + ": its files are not in one folder ("
                        + first + ", " + file.path() + ")");
            }
        }
        return folder;
    }
}
